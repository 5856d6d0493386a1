// Issue 14's client items, each named after its item: reproduced against a real socket on
// 127.0.0.1, and each failing before its fix.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  createGatewaySmsClient,
  NetworkError,
  TokenEndpointError,
} from '../src/gateway-sms.ts';
import { createTwoSmsClient } from '../src/twosms.ts';
import { type LoopbackServer, sendJson, startServer } from './support/loopback-server.ts';

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const fastRetry = { retries: 2, baseDelayMs: 1, maxDelayMs: 5 };
const secret = 'SECRET_7f3e91';

/** Everything an error says, its cause chain included. */
const everything = (error: unknown) => inspect(error, { depth: 8 });

async function thrown(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('issue 14', () => {
  it('item 6: a token with a line feed is refused before sending, and never quoted', async () => {
    server = await startServer((_request, response) => sendJson(response, 200, {}));
    const error = await thrown(() =>
      createGatewaySmsClient({ token: `${secret}\nx`, baseUrl: server?.url ?? '' }),
    );
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(
      'token: expected a non-empty token string, visible ASCII on one line (it is sent in an HTTP header)',
    );
    expect(everything(error)).not.toContain(secret);
    expect(server.requests).toHaveLength(0);
  });

  it('item 6: a token provider returning a line feed: an AuthenticationError, not retried, no secret', async () => {
    server = await startServer((_request, response) => sendJson(response, 200, {}));
    const gateway = createGatewaySmsClient({
      token: async () => `${secret}\r\nX-Injected: 1`,
      baseUrl: server.url,
      retry: fastRetry,
    });
    const error = await thrown(() => gateway.GET('/messages/'));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect((error as Error).message).toContain('U+000D (a carriage return) at index 13');
    expect(everything(error)).not.toContain(secret);
    expect(server.requests).toHaveLength(0);
  });

  it('item 7: a PUT whose response is lost is not sent again', async () => {
    server = await startServer((request) => {
      request.socket.destroy(); // the transaction closed, but the answer never arrives
    });
    const gateway = createGatewaySmsClient({
      token: 'tok',
      baseUrl: server.url,
      retry: fastRetry,
    });
    const error = await thrown(() =>
      gateway.PUT('/messages/{id}', {
        params: { path: { id: 'm1' } },
        body: { recipients: '+39-3470000002', transaction: false },
      }),
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect(server.requests.map((request) => request.method)).toEqual(['PUT']);
  });

  it('item 7: a DELETE is not retried by default; a caller can opt one call in', async () => {
    server = await startServer(
      (request, response, index) =>
        void (index < 2 ? request.socket.destroy() : sendJson(response, 200, { data: [] })),
    );
    const gateway = createGatewaySmsClient({ token: 'tok', baseUrl: server.url, retry: fastRetry });
    const params = { path: { id: 'm1' } };
    expect(await thrown(() => gateway.DELETE('/messages/{id}', { params }))).toBeInstanceOf(
      NetworkError,
    );
    expect(server.requests).toHaveLength(1);
    const { response } = await gateway.DELETE('/messages/{id}', {
      params,
      retry: { ...fastRetry, idempotent: true },
    });
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(3);
  });

  it('item 7: a GET is still retried after a lost response', async () => {
    server = await startServer(
      (request, response, index) =>
        void (index === 0 ? request.socket.destroy() : sendJson(response, 200, { data: [] })),
    );
    const gateway = createGatewaySmsClient({ token: 'tok', baseUrl: server.url, retry: fastRetry });
    expect((await gateway.GET('/messages/')).response.status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it('item 10: a token endpoint answering 500 is a TokenEndpointError, not refused credentials', async () => {
    server = await startServer((request, response) =>
      request.url === '/Token'
        ? sendJson(response, 500, { Message: 'An error has occurred.' })
        : sendJson(response, 200, {}),
    );
    const twosms = createTwoSmsClient(
      { clientId: 'client-1', clientSecret: secret },
      { baseUrl: server.url, retry: false },
    );
    const error = await thrown(() =>
      twosms.GET('/api/v1/sms/messages/{messageID}', {
        params: { path: { messageID: 'a' }, query: { contactId: '1' } },
      }),
    );
    expect(error).toBeInstanceOf(TokenEndpointError);
    expect(error).not.toBeInstanceOf(AuthenticationError);
    expect((error as TokenEndpointError).status).toBe(500);
    expect((error as Error).message).toContain('the token endpoint failed with HTTP 500');
    expect((error as Error).message).not.toContain('refused');
    expect(everything(error)).not.toContain(secret);
    expect(server.requests.map((request) => request.url)).toEqual(['/Token']);
  });

  it('item 10: a 400 from the token endpoint is still an AuthenticationError', async () => {
    server = await startServer((_request, response) =>
      sendJson(response, 400, { error: 'invalid_client' }),
    );
    const twosms = createTwoSmsClient(
      { clientId: 'client-1', clientSecret: secret },
      { baseUrl: server.url },
    );
    const error = await thrown(() =>
      twosms.GET('/api/v1/sms/messages/{messageID}', {
        params: { path: { messageID: 'a' }, query: { contactId: '1' } },
      }),
    );
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toContain('refused the client credentials: HTTP 400');
  });

  it('smaller: both baseUrl and environment (or host) are refused, not one silently ignored', () => {
    expect(() =>
      createGatewaySmsClient({
        token: 't',
        environment: 'production',
        baseUrl: 'http://127.0.0.1:4010/gateway-sms',
      } as never),
    ).toThrowError('expected environment or baseUrl, not both');
    expect(() =>
      createTwoSmsClient({ accessToken: 't' }, {
        host: 'portal.2sms.com',
        baseUrl: 'http://127.0.0.1:4010/twosms',
      } as never),
    ).toThrowError('expected host or baseUrl, not both');
  });
});
