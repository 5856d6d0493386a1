// What the codegen (tools/codegen/src/emulator) writes per API into `src/apis/<slug>.gen.ts`:
// the parts of the bundled spec the spec-driven emulator needs at run time, as plain data, so the
// published package never reads a spec from disk.

/** A JSON Schema as the spec writes it; `$ref`s point into {@link ApiModel.schemas}. */
export type SchemaNode = boolean | { readonly [keyword: string]: unknown };

/** How a security scheme sends its credential. */
export type SecuritySchemeModel =
  | { readonly type: 'basic' }
  | { readonly type: 'bearer' }
  /** Another `http` scheme (digest, hoba, …): any `Authorization: <scheme> …` header. */
  | { readonly type: 'http'; readonly scheme: string }
  | { readonly type: 'apiKey'; readonly in: 'header' | 'query' | 'cookie'; readonly name: string }
  /** `tokenUrl` of the client-credentials flow, as written in the spec, when there is one. */
  | { readonly type: 'oauth2'; readonly tokenUrl?: string }
  | { readonly type: 'openIdConnect' }
  | { readonly type: 'mutualTLS' };

/** One alternative of a `security` list: every scheme named must be satisfied. */
export type SecurityRequirement = readonly string[];

export interface ParameterModel {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly schema?: SchemaNode;
  readonly style?: string;
  readonly explode?: boolean;
}

export interface MediaModel {
  readonly schema?: SchemaNode;
  /** Named examples in spec order (`example` alone is named `default`, as Prism names it). */
  readonly examples?: Readonly<Record<string, unknown>>;
}

export interface ResponseModel {
  readonly content?: Readonly<Record<string, MediaModel>>;
}

export interface OperationModel {
  /** The operation's key in `@sms-contracts/validation/<slug>`'s `operations`. */
  readonly id: string;
  readonly method: string;
  /** The path template, as in the spec: `/things/{id}`. */
  readonly path: string;
  readonly parameters: readonly ParameterModel[];
  /** The effective `security`: alternatives, each a list of scheme names; empty = public. */
  readonly security: readonly SecurityRequirement[];
  readonly requestBody?: {
    readonly required: boolean;
    readonly content: Readonly<Record<string, MediaModel>>;
  };
  /** Keyed by status (`200`, `4XX`, `default`), in spec order. */
  readonly responses: Readonly<Record<string, ResponseModel>>;
}

export interface ApiModel {
  readonly slug: string;
  readonly title: string;
  /** The spec's server URLs, variables replaced by their defaults. */
  readonly servers: readonly string[];
  readonly securitySchemes: Readonly<Record<string, SecuritySchemeModel>>;
  readonly operations: readonly OperationModel[];
  /** Every schema a `$ref` reaches, keyed by the `$ref` string (`#/components/schemas/Thing`). */
  readonly schemas: Readonly<Record<string, SchemaNode>>;
}
