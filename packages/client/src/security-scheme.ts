import type { TokenSource } from './auth/authenticator.ts';
import type { ClientCredentials } from './auth/client-credentials.ts';

/**
 * One security scheme of the spec, as the codegen writes it: what the client needs to send a
 * credential for it. Schemes the client cannot serve (mutual TLS, HTTP digest) are listed too,
 * and take no credential.
 */
export type SecurityScheme =
  | { readonly type: 'http'; readonly scheme: string }
  | { readonly type: 'apiKey'; readonly in: 'header' | 'query' | 'cookie'; readonly name: string }
  | {
      readonly type: 'oauth2';
      /** The client-credentials flow's token URL, when the spec has that flow. */
      readonly tokenUrl?: string;
    }
  | { readonly type: 'openIdConnect' }
  | { readonly type: 'mutualTLS' };

/** Every security scheme of one API, keyed by its name in `components.securitySchemes`. */
export type SecuritySchemeTable = Readonly<Record<string, SecurityScheme>>;

/** HTTP Basic credentials, sent as `Authorization: Basic base64(username:password)`. */
export interface BasicCredentials {
  /** Must not contain a colon (RFC 7617). */
  readonly username: string;
  readonly password: string;
}

/** The credential one scheme takes, `never` when the client cannot send one for it. */
export type CredentialOf<Scheme> = Scheme extends {
  readonly type: 'http';
  readonly scheme: 'basic';
}
  ? BasicCredentials
  : Scheme extends { readonly type: 'http'; readonly scheme: 'bearer' }
    ? TokenSource
    : Scheme extends { readonly type: 'apiKey' } | { readonly type: 'openIdConnect' }
      ? TokenSource
      : Scheme extends { readonly type: 'oauth2'; readonly tokenUrl: string }
        ? ClientCredentials | TokenSource
        : Scheme extends { readonly type: 'oauth2' }
          ? TokenSource
          : never;

/**
 * `options.credentials` of a generated client: one optional entry per security scheme the client
 * can serve, keyed by the scheme's name in the spec. Give the one(s) you have; each operation
 * uses the first of its schemes that has a credential.
 */
export type CredentialsOf<Schemes extends SecuritySchemeTable> = {
  readonly [Name in keyof Schemes as CredentialOf<Schemes[Name]> extends never
    ? never
    : Name]?: CredentialOf<Schemes[Name]>;
};
