import { describe, expectTypeOf, it } from 'vitest';
import type {
  BasicCredentials,
  ClientCredentials,
  CredentialsOf,
  TokenSource,
} from '../src/api-client.ts';
import { createClient as createGatewayClient } from '../src/gateway-sms.ts';
import { createClient as createTwoSmsGeneratedClient } from '../src/twosms.ts';
import type { securitySchemes } from './fixtures/features/tables.gen.ts';
import { createFeaturesClient } from './support/features-client.ts';

type FeatureCredentials = CredentialsOf<typeof securitySchemes>;

describe('credentials are keyed by the spec’s security scheme names', () => {
  it('one optional entry per scheme the client can serve, none for http digest', () => {
    expectTypeOf<keyof FeatureCredentials>().toEqualTypeOf<
      'basicAuth' | 'bearerAuth' | 'headerKey' | 'queryKey' | 'cookieKey' | 'oauth'
    >();
  });

  it('each with the shape its scheme takes', () => {
    expectTypeOf<FeatureCredentials['basicAuth']>().toEqualTypeOf<BasicCredentials | undefined>();
    expectTypeOf<FeatureCredentials['bearerAuth']>().toEqualTypeOf<TokenSource | undefined>();
    expectTypeOf<FeatureCredentials['headerKey']>().toEqualTypeOf<TokenSource | undefined>();
    expectTypeOf<FeatureCredentials['queryKey']>().toEqualTypeOf<TokenSource | undefined>();
    expectTypeOf<FeatureCredentials['cookieKey']>().toEqualTypeOf<TokenSource | undefined>();
    expectTypeOf<FeatureCredentials['oauth']>().toEqualTypeOf<
      ClientCredentials | TokenSource | undefined
    >();
  });

  it('refuses a credential of the wrong shape or for a scheme the spec lacks', () => {
    createFeaturesClient({ credentials: { basicAuth: { username: 'u', password: 'p' } } });
    createFeaturesClient({ credentials: { oauth: { clientId: 'a', clientSecret: 's' } } });
    createFeaturesClient({ credentials: { headerKey: async () => 'k' } });
    // @ts-expect-error Basic takes { username, password }, not a string
    createFeaturesClient({ credentials: { basicAuth: 'user:pass' } });
    // @ts-expect-error an API key is a string, not an object
    createFeaturesClient({ credentials: { queryKey: { username: 'u', password: 'p' } } });
    // @ts-expect-error client credentials need the secret too
    createFeaturesClient({ credentials: { oauth: { clientId: 'a' } } });
    // @ts-expect-error http digest takes no credential
    createFeaturesClient({ credentials: { digestAuth: 'x' } });
    // @ts-expect-error no such scheme in the spec
    createFeaturesClient({ credentials: { apiKey: 'x' } });
  });
});

describe('the generated createClient of our two APIs', () => {
  it('gateway-sms: bearerAuth, and a base URL or one of its two servers (no default)', () => {
    createGatewayClient({
      environment: 'https://test.ws.messaggisms.com',
      credentials: { bearerAuth: 't' },
    });
    createGatewayClient({ baseUrl: 'http://127.0.0.1:4010/gateway-sms' });
    // @ts-expect-error the gateway's scheme is bearerAuth
    createGatewayClient({ baseUrl: 'http://x', credentials: { token: 't' } });
    // @ts-expect-error two servers: one must be chosen
    createGatewayClient({ credentials: { bearerAuth: 't' } });
    // @ts-expect-error not a server of the spec
    createGatewayClient({ environment: 'https://evil.example' });
  });

  it('twosms: clientCredentials takes { clientId, clientSecret } or an access token', () => {
    createTwoSmsGeneratedClient({
      environment: 'https://portal.2sms.us',
      credentials: { clientCredentials: { clientId: 'c', clientSecret: 's' } },
      format: 'xml',
    });
    createTwoSmsGeneratedClient({
      baseUrl: 'http://127.0.0.1:4010/twosms',
      credentials: { clientCredentials: 'ready-token' },
    });
    createTwoSmsGeneratedClient({
      baseUrl: 'http://127.0.0.1:4010/twosms',
      // @ts-expect-error username/password is not OAuth
      credentials: { clientCredentials: { username: 'u', password: 'p' } },
    });
  });

  it('the spec’s only server needs no target; a call is typed by the spec', async () => {
    const client = createFeaturesClient({ credentials: { bearerAuth: 't' } });
    const { data } = await client.PUT('/notes/{id}', { params: { path: { id: 'n' } }, body: 'x' });
    expectTypeOf(data).toEqualTypeOf<string | undefined>();
    // @ts-expect-error To is a list of numbers as strings
    await client.POST('/messages', { body: { To: 1 } });
  });
});
