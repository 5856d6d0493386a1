import type { Client } from 'openapi-fetch';
import type { TokenSource } from './auth/authenticator.ts';
import { bearerAuthenticator } from './auth/bearer-token.ts';
import { jsonFormat } from './core/body-format.ts';
import type { SharedClientOptions } from './core/client-options.ts';
import { createApiClient } from './core/create-api-client.ts';
import { asValidatorModule } from './core/validation.ts';
import { operations, type paths, servers } from './gateway-sms.gen.ts';

/** The options, errors and helper types every API entry shares. */
export * from './entry-exports.ts';
export type { components, OperationTypes, paths } from './gateway-sms.gen.ts';
/** The generated client of this API, with credentials keyed by the spec's security scheme names. */
export {
  type ApiClient,
  apiDefinition,
  type ClientOptions,
  createClient,
  operations,
  securitySchemes,
  servers,
} from './gateway-sms.gen.ts';

/** The vendor's two hosts: `sandbox` is its test environment (no SMS is delivered). */
export type GatewaySmsEnvironment = 'production' | 'sandbox';

/** Where requests go: one of the vendor's environments, or any base URL (the emulator's). */
export type GatewaySmsTarget =
  | {
      /** `production` (ws.messaggisms.com) or `sandbox` (test.ws.messaggisms.com). */
      readonly environment: GatewaySmsEnvironment;
      readonly baseUrl?: undefined;
    }
  | {
      /** A base URL instead of an environment, e.g. `http://127.0.0.1:4010/gateway-sms`. */
      readonly baseUrl: string;
      readonly environment?: undefined;
    };

export type GatewaySmsClientOptions = SharedClientOptions &
  GatewaySmsTarget & {
    /**
     * The bearer token from the Openapi console, or a function returning one (called before every
     * request; cache inside it). Sent only in the Authorization header, never in errors.
     */
    readonly token: TokenSource;
  };

/** The typed openapi-fetch client of Gateway SMS: `client.PUT('/messages/{id}', { params, body })`. */
export type GatewaySmsClient = Client<paths, 'application/json'>;

/**
 * Creates a Gateway SMS client: openapi-fetch's API and results, with the bearer token, a
 * timeout, retries of idempotent calls and typed errors for failures that are not responses.
 */
export function createGatewaySmsClient(options: GatewaySmsClientOptions): GatewaySmsClient {
  return createApiClient<paths, 'application/json'>({
    operations,
    baseUrl: gatewayBaseUrl(options),
    auth: bearerAuthenticator(options.token, 'token'),
    format: jsonFormat,
    loadValidators: () => import('@sms-contracts/validation/gateway-sms').then(asValidatorModule),
    options,
  });
}

function gatewayBaseUrl(target: GatewaySmsTarget): string {
  if (target.baseUrl !== undefined && target.environment !== undefined) {
    throw new TypeError('expected environment or baseUrl, not both');
  }
  if (typeof target.baseUrl === 'string') return target.baseUrl;
  const wanted = target.environment;
  const server = servers.find((candidate) =>
    candidate.description.toLowerCase().startsWith(wanted ?? '\0'),
  );
  if (!server) {
    throw new TypeError(
      `environment: expected 'production' or 'sandbox' (or a baseUrl), got ${String(wanted)}`,
    );
  }
  return server.url;
}
