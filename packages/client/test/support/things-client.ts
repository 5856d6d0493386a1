import type { Authenticator } from '../../src/auth/authenticator.ts';
import { bearerAuthenticator } from '../../src/auth/bearer-token.ts';
import { jsonFormat } from '../../src/core/body-format.ts';
import type { SharedClientOptions } from '../../src/core/client-options.ts';
import { createApiClient } from '../../src/core/create-api-client.ts';
import type { ValidatorModule } from '../../src/core/validation.ts';
import * as codec from '../../src/xml/codec.ts';
import { xmlAwareFormat } from '../../src/xml/xml-format.ts';
import { type ThingPaths, thingOperations, thingShapes } from './things-api.ts';

export const secretToken = 'tok_SECRET_3f9a1c77e2';

export interface ThingsClientOptions extends SharedClientOptions {
  readonly baseUrl: string;
  readonly auth?: Authenticator;
  readonly format?: 'json' | 'xml';
  readonly validators?: ValidatorModule;
}

/** A client of the things fixture API, built by the same engine as the real clients. */
export function createThingsClient({
  baseUrl,
  auth,
  format,
  validators,
  ...options
}: ThingsClientOptions) {
  return createApiClient<ThingPaths, 'application/json'>({
    operations: thingOperations,
    baseUrl,
    auth: auth ?? bearerAuthenticator(secretToken, 'token'),
    format: format ? xmlAwareFormat(thingShapes, format === 'xml', async () => codec) : jsonFormat,
    loadValidators: async () => validators ?? { operations: {} },
    options,
  });
}
