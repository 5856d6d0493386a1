import { afterAll, beforeAll, expect, it } from 'vitest';
import { createGatewaySmsClient } from '../src/gateway-sms.ts';
import { type LoopbackServer, sendJson, startServer } from './support/loopback-server.ts';

let server: LoopbackServer;
beforeAll(async () => {
  server = await startServer((request, response) =>
    sendJson(response, 200, {
      data: [],
      success: true,
      message: request.url,
      credit: '1',
      error: null,
    }),
  );
});
afterAll(() => server.close());

it('calls the server', async () => {
  const client = createGatewaySmsClient({ token: 'secret-token', baseUrl: server.url });
  const { data, error, response } = await client.GET('/messages/{id}', {
    params: { path: { id: 'abc' } },
  });
  expect(error).toBeUndefined();
  expect(response.status).toBe(200);
  expect(data?.message).toBe('/messages/abc');
  expect(server.requests[0]?.headers.authorization).toBe('Bearer secret-token');
});
