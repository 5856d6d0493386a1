import type { OperationValidators, StandardValidator } from './standard-schema.ts';

/** What a handler answers: a status and a body in the API's JSON data model. */
export interface Reply {
  readonly status: number;
  /** Undefined for an empty body. */
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A request body read, parsed and validated, or the error reply that refuses it. */
export type BodyOutcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly reply: Reply };

/** The operation a route serves. */
export interface RouteOperation {
  readonly operationId: string;
  /** Whether the spec declares a request body for it. */
  readonly hasBody: boolean;
  /** Whether the spec marks it public (no `security`), e.g. 2SMS `/Token`. */
  readonly isPublic?: boolean;
  /**
   * Query parameters that are not strings in the spec: their text is converted before validation
   * (as ASP.NET's model binding does), so `paging.Page=2` validates as the integer 2.
   */
  readonly queryTypes?: Readonly<Record<string, 'integer' | 'boolean'>>;
}

/**
 * How one API speaks: its error envelope, its authentication, its body formats. The shared route
 * plumbing (`api-route.ts`) calls these, so each API's rules live in one place.
 */
export interface ApiDialect {
  /** The API's slug, as in the registry: `gateway-sms`, `twosms`. */
  readonly name: string;
  readonly validators: Readonly<Record<string, OperationValidators>>;
  /** Validates error replies whose status the operation does not document (400, 404, 413, 415). */
  readonly fallbackErrorValidator: StandardValidator;
  /**
   * The API's error envelope with `status` and a message that says what was expected; the
   * operation, when known, picks its own envelope (2SMS `/Token` answers OAuth errors).
   */
  error(status: number, message: string, operation?: RouteOperation): Reply;
  /** Undefined when the request is authorized, else the 401 reply. */
  authenticate(request: Request): Reply | undefined;
  /** Reads, parses and validates the body of `operation`. */
  readBody(request: Request, operation: RouteOperation): Promise<BodyOutcome>;
  /** The response for a reply, in the format the request asked for. */
  render(reply: Reply, request: Request, operation: RouteOperation | undefined): Response;
  /** The media type `render` uses for this reply (for response validation). */
  responseMediaType(
    request: Request,
    operation: RouteOperation | undefined,
    status: number,
  ): string;
}
