import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { bearerAuthenticator } from '../src/auth/bearer-token.ts';
import { ClientCredentialsAuthenticator } from '../src/auth/client-credentials.ts';
import { AuthenticationError, NetworkError, SmsClientError } from '../src/core/errors.ts';
import { type LoopbackServer, sendJson, startServer } from './support/loopback-server.ts';
import { createThingsClient } from './support/things-client.ts';

const clientId = 'client-7d1e';
const clientSecret = 'cs_SUPER_SECRET_91b2f0';
const produced: unknown[] = [];
let server: LoopbackServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface TokenServerOptions {
  /** Status of the API for a token: 200, or 401 for tokens listed here. */
  readonly refuse?: (token: string, index: number) => boolean;
  readonly expiresIn?: number;
  readonly tokenStatus?: number;
}

/** An OAuth token endpoint (POST /Token) and the things API behind it, issuing tok-1, tok-2… */
async function tokenServer(options: TokenServerOptions = {}) {
  let issued = 0;
  const apiCalls: string[] = [];
  server = await startServer((request, response, index) => {
    if (request.url === '/Token') {
      if (options.tokenStatus) {
        sendJson(response, options.tokenStatus, {
          error: 'invalid_client',
          error_description: `bad secret ${clientSecret}`,
        });
        return;
      }
      issued += 1;
      sendJson(response, 200, {
        access_token: `tok-${issued}`,
        token_type: 'bearer',
        expires_in: options.expiresIn ?? 28799,
      });
      return;
    }
    const token = (request.headers.authorization ?? '').replace('Bearer ', '');
    apiCalls.push(token);
    if (options.refuse?.(token, index))
      sendJson(response, 401, { Message: 'Authorization has been denied for this request.' });
    else sendJson(response, 200, { ok: true });
  });
  const tokenRequests = () => server?.requests.filter((request) => request.url === '/Token') ?? [];
  return { url: server.url, apiCalls, tokenRequests };
}

function credentialsAuth(url: string, now?: () => number) {
  return new ClientCredentialsAuthenticator(
    { clientId, clientSecret },
    { tokenUrl: `${url}/Token`, operation: 'requestToken', fetch: undefined, timeoutMs: 5000, now },
  );
}

describe('OAuth2 client credentials', () => {
  it('posts a form-encoded client_credentials grant to /Token', async () => {
    const { url, tokenRequests, apiCalls } = await tokenServer();
    const client = createThingsClient({ baseUrl: url, auth: credentialsAuth(url) });
    await client.GET('/health');
    expect(tokenRequests()).toEqual([]); // /health is public in the spec: no token needed
    await client.GET('/things/{id}', { params: { path: { id: '1' } } });
    const [request] = tokenRequests();
    expect(request?.method).toBe('POST');
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(request?.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
    });
    expect(apiCalls).toEqual(['', 'tok-1']); // the public call went without Authorization
  });

  it('makes exactly one token request for 100 concurrent calls, then reuses the token', async () => {
    const { url, tokenRequests, apiCalls } = await tokenServer();
    const client = createThingsClient({ baseUrl: url, auth: credentialsAuth(url) });
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        client.GET('/things/{id}', { params: { path: { id: String(i) } } }),
      ),
    );
    expect(results.every((result) => result.response.status === 200)).toBe(true);
    expect(tokenRequests()).toHaveLength(1);
    expect(new Set(apiCalls)).toEqual(new Set(['tok-1']));
    await client.GET('/things/{id}', { params: { path: { id: 'again' } } });
    expect(tokenRequests()).toHaveLength(1);
  });

  it('renews the token before it expires (refresh margin), not after', async () => {
    let clock = 1_000_000;
    const { url, tokenRequests, apiCalls } = await tokenServer({ expiresIn: 3600 });
    const client = createThingsClient({ baseUrl: url, auth: credentialsAuth(url, () => clock) });
    const get = () => client.GET('/things/{id}', { params: { path: { id: '1' } } });
    await get();
    clock += 3600_000 - 60_001; // just before the 60 s margin
    await get();
    expect(tokenRequests()).toHaveLength(1);
    clock += 2; // inside the margin: renew
    await get();
    expect(tokenRequests()).toHaveLength(2);
    expect(apiCalls).toEqual(['tok-1', 'tok-1', 'tok-2']);
  });

  it('a 401 drops the token, fetches a new one and retries once', async () => {
    const { url, tokenRequests, apiCalls } = await tokenServer({
      refuse: (token) => token === 'tok-1',
    });
    const client = createThingsClient({ baseUrl: url, auth: credentialsAuth(url) });
    const { data, response } = await client.POST('/things', { body: { thingId: 'x', Kind: 0 } });
    expect(response.status).toBe(200);
    expect(data).toEqual({ ok: true });
    expect(apiCalls).toEqual(['tok-1', 'tok-2']);
    expect(tokenRequests()).toHaveLength(2);
  });

  it('a second 401 is returned as the typed error: one refresh, never a loop', async () => {
    const { url, tokenRequests, apiCalls } = await tokenServer({ refuse: () => true });
    const client = createThingsClient({ baseUrl: url, auth: credentialsAuth(url) });
    const { error, response } = await client.GET('/things/{id}', { params: { path: { id: '1' } } });
    expect(response.status).toBe(401);
    expect(error).toEqual({ Message: 'Authorization has been denied for this request.' });
    expect(apiCalls).toEqual(['tok-1', 'tok-2']);
    expect(tokenRequests()).toHaveLength(2);
  });

  it('100 concurrent calls that all get a 401 share one refresh', async () => {
    const { url, tokenRequests } = await tokenServer({ refuse: (token) => token === 'tok-1' });
    const client = createThingsClient({ baseUrl: url, auth: credentialsAuth(url) });
    const results = await Promise.all(
      Array.from({ length: 100 }, () =>
        client.GET('/things/{id}', { params: { path: { id: '1' } } }),
      ),
    );
    expect(results.every((result) => result.response.status === 200)).toBe(true);
    expect(tokenRequests()).toHaveLength(2);
  });

  it('refused credentials: an AuthenticationError with the OAuth code and no secret', async () => {
    const { url } = await tokenServer({ tokenStatus: 400 });
    const client = createThingsClient({ baseUrl: url, auth: credentialsAuth(url) });
    let error: unknown;
    try {
      await client.GET('/things/{id}', { params: { path: { id: '1' } } });
    } catch (caught) {
      error = caught;
      produced.push(caught);
    }
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({
      status: 400,
      code: 'invalid_client',
      operation: 'requestToken',
      method: 'POST',
    });
  });

  it('an unreachable token endpoint: a NetworkError for the token request', async () => {
    const { url } = await tokenServer();
    await server?.close();
    const client = createThingsClient({ baseUrl: url, auth: credentialsAuth(url), retry: false });
    let error: unknown;
    try {
      await client.GET('/things/{id}', { params: { path: { id: '1' } } });
    } catch (caught) {
      error = caught;
      produced.push(caught);
    }
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ operation: 'requestToken', url: `${url}/Token` });
  });

  it('refuses empty credentials when the client is created, without echoing them', () => {
    expect(() => credentialsAuth('http://127.0.0.1:1').invalidate('x')).not.toThrow();
    expect(
      () =>
        new ClientCredentialsAuthenticator(
          { clientId, clientSecret: ' ' },
          {
            tokenUrl: 'http://127.0.0.1:1/Token',
            operation: undefined,
            fetch: undefined,
            timeoutMs: 1,
          },
        ),
    ).toThrowError('clientSecret: expected a non-empty string');
  });
});

describe('bearer tokens', () => {
  it('a static token gets no refresh: a 401 is returned after one request', async () => {
    const { url, apiCalls } = await tokenServer({ refuse: () => true });
    const client = createThingsClient({
      baseUrl: url,
      auth: bearerAuthenticator('static-token', 'accessToken'),
    });
    const { response } = await client.GET('/things/{id}', { params: { path: { id: '1' } } });
    expect(response.status).toBe(401);
    expect(apiCalls).toEqual(['static-token']);
  });

  it('an async provider is asked before each request', async () => {
    const { url, apiCalls } = await tokenServer();
    let calls = 0;
    const provider = async () => `p-${++calls}`;
    const client = createThingsClient({
      baseUrl: url,
      auth: bearerAuthenticator(provider, 'token'),
    });
    await client.GET('/things/{id}', { params: { path: { id: '1' } } });
    await client.GET('/things/{id}', { params: { path: { id: '2' } } });
    expect(apiCalls).toEqual(['p-1', 'p-2']);
  });

  it('a provider that fails: an AuthenticationError that does not repeat its message', async () => {
    const { url, apiCalls } = await tokenServer();
    const provider = async (): Promise<string> => {
      throw new Error(`vault said ${clientSecret}`);
    };
    const client = createThingsClient({
      baseUrl: url,
      auth: bearerAuthenticator(provider, 'token'),
    });
    let error: unknown;
    try {
      await client.GET('/things/{id}', { params: { path: { id: '1' } } });
    } catch (caught) {
      error = caught;
      produced.push(caught);
    }
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toContain('the token provider threw an exception (Error)');
    expect(apiCalls).toEqual([]);
  });

  it('refuses an empty token when the client is created', () => {
    expect(() => bearerAuthenticator('', 'token')).toThrowError(
      'token: expected a non-empty token string',
    );
  });
});

it('no authentication error holds the client secret or a token', () => {
  expect(produced).toHaveLength(3);
  for (const error of produced) {
    expect(error).toBeInstanceOf(SmsClientError);
    const text = [
      String(error),
      (error as Error).stack,
      JSON.stringify(error),
      inspect(error, { showHidden: true, depth: 8 }),
    ].join('\n');
    expect(text).not.toContain(clientSecret);
    expect(text).not.toMatch(/tok-\d/);
  }
});
