// What every hand-tuned API entry (`gateway-sms.ts`, `twosms.ts`) exports besides its own client:
// the options, errors and helper types a caller of any of them names.

/** openapi-fetch's middleware type, re-exported so consumers need not depend on openapi-fetch. */
export type { Middleware } from 'openapi-fetch';
export type { TokenSource } from './auth/authenticator.ts';
export type { CallOptions, SharedClientOptions } from './core/client-options.ts';
export * from './core/errors.ts';
export type { RetryOptions } from './core/retry-policy.ts';
export type { FetchLike } from './core/transport.ts';
export type { ValidateOption } from './core/validation.ts';
