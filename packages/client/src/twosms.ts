import type { Client } from 'openapi-fetch';
import type { Authenticator, TokenSource } from './auth/authenticator.ts';
import { bearerAuthenticator } from './auth/bearer-token.ts';
import {
  type ClientCredentials,
  ClientCredentialsAuthenticator,
} from './auth/client-credentials.ts';
import { positiveNumber, type SharedClientOptions } from './core/client-options.ts';
import { createApiClient } from './core/create-api-client.ts';
import { asValidatorModule } from './core/validation.ts';
import { operations, type paths, servers, xmlShapes } from './twosms.gen.ts';
import { xmlAwareFormat } from './xml/xml-format.ts';

export type { ClientCredentials } from './auth/client-credentials.ts';
/** The options, errors and helper types every API entry shares. */
export * from './entry-exports.ts';
export type { components, OperationTypes, paths } from './twosms.gen.ts';
/** The generated client of this API, with credentials keyed by the spec's security scheme names. */
/** The generated operation table and XML shapes (the emulator serves XML through them too). */
export {
  type ApiClient,
  apiDefinition,
  type ClientOptions,
  createClient,
  operations,
  securitySchemes,
  servers,
  xmlShapes,
} from './twosms.gen.ts';
export { UnsafeXmlError, XmlCodecError } from './xml/xml-codec-error.ts';

type HostOf<Url> = Url extends `https://${infer Host}` ? Host : never;

/** The vendor's hosts, from the spec's `servers`. */
export type TwoSmsHost = HostOf<(typeof servers)[number]['url']>;

/** OAuth client credentials (a token is fetched from /Token and renewed), or a ready access token. */
export type TwoSmsCredentials =
  | ClientCredentials
  | {
      /** A bearer access token, or a function returning one (called before every request). */
      readonly accessToken: TokenSource;
    };

/** Where requests go: a vendor host (the token comes from the same host), or any base URL. */
export type TwoSmsTarget =
  | {
      /** e.g. `portal.2sms.com`, `portal.2sms.us`; served over https. */
      readonly host: TwoSmsHost;
      readonly baseUrl?: undefined;
    }
  | {
      /** A base URL instead of a host, e.g. the emulator's `http://127.0.0.1:4010/twosms`. */
      readonly baseUrl: string;
      readonly host?: undefined;
    };

export type TwoSmsClientOptions = SharedClientOptions &
  TwoSmsTarget & {
    /**
     * `'xml'` sends request bodies as application/xml and asks for XML responses wherever the
     * spec has them, reading them back into the same typed data; `'json'` uses JSON throughout.
     * @default 'json'
     */
    readonly format?: 'json' | 'xml';
    /**
     * With client credentials, a token is renewed this long before it expires.
     * @default 60_000
     */
    readonly tokenRefreshMarginMs?: number;
  };

/** The typed openapi-fetch client of the 2SMS API: `client.PUT('/api/v1/sms/messages/{messageID}', …)`. */
export type TwoSmsClient = Client<paths, 'application/json'>;

/**
 * Creates a 2SMS client: openapi-fetch's API and results, OAuth2 client credentials (one token
 * request for any number of concurrent calls, renewed before it expires, refreshed once after a
 * 401), a timeout, retries of idempotent calls, typed errors, and JSON or XML bodies.
 */
export function createTwoSmsClient(
  credentials: TwoSmsCredentials,
  options: TwoSmsClientOptions,
): TwoSmsClient {
  const baseUrl = twoSmsBaseUrl(options).replace(/\/$/, '');
  const format = options.format ?? 'json';
  if (format !== 'json' && format !== 'xml')
    throw new TypeError(`format: expected 'json' or 'xml', got ${String(format)}`);
  return createApiClient<paths, 'application/json'>({
    operations,
    baseUrl,
    auth: authenticator(credentials, baseUrl, options),
    format: xmlAwareFormat(xmlShapes, format === 'xml', () => import('./xml/codec.ts')),
    loadValidators: () => import('@sms-contracts/validation/twosms').then(asValidatorModule),
    options,
  });
}

function authenticator(
  credentials: TwoSmsCredentials,
  baseUrl: string,
  options: TwoSmsClientOptions,
): Authenticator {
  if ('accessToken' in credentials)
    return bearerAuthenticator(credentials.accessToken, 'accessToken');
  const token = operations.requestAccessToken;
  return new ClientCredentialsAuthenticator(credentials, {
    tokenUrl: baseUrl + token.path,
    operation: token.operationId,
    fetch: options.fetch,
    timeoutMs: positiveNumber('timeoutMs', options.timeoutMs ?? 30_000),
    refreshMarginMs: options.tokenRefreshMarginMs,
  });
}

function twoSmsBaseUrl(target: TwoSmsTarget): string {
  if (target.baseUrl !== undefined && target.host !== undefined) {
    throw new TypeError('expected host or baseUrl, not both');
  }
  if (typeof target.baseUrl === 'string') return target.baseUrl;
  const server = servers.find((candidate) => candidate.url === `https://${target.host}`);
  if (!server) {
    const known = servers.map((candidate) => candidate.url.slice('https://'.length)).join(', ');
    throw new TypeError(
      `host: expected one of ${known} (or a baseUrl), got ${String(target.host)}`,
    );
  }
  return server.url;
}
