// The engine every client of this package is built on, for wrapping an API your own way: a
// generated module's tables (`@sms-contracts/client/<api>` exports them) plus your own
// authentication, base URL or body format.
export type {
  Authenticator,
  AuthenticatorChoice,
  CredentialPlacement,
  TokenSource,
} from './auth/authenticator.ts';
export { basicAuthenticator } from './auth/basic-auth.ts';
export { bearerAuthenticator } from './auth/bearer-token.ts';
export {
  type ClientCredentials,
  ClientCredentialsAuthenticator,
  type ClientCredentialsOptions,
} from './auth/client-credentials.ts';
export { bySecurityScheme, schemeAuthenticators } from './auth/scheme-authenticators.ts';
export { type BodyFormat, jsonFormat } from './core/body-format.ts';
export type { CallOptions, SharedClientOptions } from './core/client-options.ts';
export { type ApiClientConfig, createApiClient } from './core/create-api-client.ts';
export * from './core/errors.ts';
export type { RetryOptions } from './core/retry-policy.ts';
export type { ServerEntry } from './core/server-url.ts';
export {
  type AnyMediaType,
  type ApiDefinition,
  type ClientTarget,
  createSpecClient,
  type ServerUrl,
  type SpecClientOptions,
} from './core/spec-client.ts';
export type { FetchLike } from './core/transport.ts';
export { asValidatorModule, type ValidateOption, type ValidatorModule } from './core/validation.ts';
export type {
  HttpMethod,
  OperationInfo,
  OperationTable,
  PropertyEncoding,
} from './operation-table.ts';
export type {
  BasicCredentials,
  CredentialOf,
  CredentialsOf,
  SecurityScheme,
  SecuritySchemeTable,
} from './security-scheme.ts';
