import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonFormat } from '../src/core/body-format.ts';
import { createApiClient } from '../src/core/create-api-client.ts';
import { RequestValidationError, ResponseValidationError } from '../src/core/errors.ts';
import { createGatewaySmsClient } from '../src/gateway-sms.ts';
import { type LoopbackServer, sendJson, startServer } from './support/loopback-server.ts';
import { type ThingPaths, thingOperations } from './support/things-api.ts';

let server: LoopbackServer;
let answer: unknown = {};
beforeAll(async () => {
  server = await startServer((_request, response) => sendJson(response, 200, answer));
});
afterAll(() => server.close());

const validMessageList = {
  data: [],
  success: true,
  message: '0 Results',
  credit: '1.5',
  error: null,
};

describe('validate', () => {
  it('request: an invalid body fails with the JSON path of each issue, and nothing is sent', async () => {
    const client = createGatewaySmsClient({
      token: 't',
      baseUrl: server.url,
      validate: { request: true },
    });
    const before = server.requests.length;
    const call = client.PUT('/messages/{id}', {
      params: { path: { id: 'abc' } },
      body: { transaction: 'no' } as never,
    });
    await expect(call).rejects.toBeInstanceOf(RequestValidationError);
    const error = (await call.catch((caught: unknown) => caught)) as RequestValidationError;
    expect(error.operation).toBe('updateMessage');
    expect(error.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['/body/transaction']),
    );
    expect(error.message).toMatch(
      /^PUT http:\/\/127\.0\.0\.1:\d+\/messages\/abc \(updateMessage\): invalid request: /,
    );
    expect(server.requests.length).toBe(before);
  });

  it('response: a body that breaks the spec fails with a ResponseValidationError', async () => {
    const client = createGatewaySmsClient({ token: 't', baseUrl: server.url, validate: true });
    answer = { ...validMessageList, success: 'yes' };
    const error = await client.GET('/messages/').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({
      status: 200,
      issues: [expect.objectContaining({ path: '/success' })],
    });
  });

  it('response: a body that keeps to the spec passes', async () => {
    const client = createGatewaySmsClient({
      token: 't',
      baseUrl: server.url,
      validate: { response: true },
    });
    answer = validMessageList;
    const { data } = await client.GET('/messages/');
    expect(data).toEqual(validMessageList);
  });

  it('off (the default): the validators are never loaded', async () => {
    let loads = 0;
    const client = createApiClient<ThingPaths, 'application/json'>({
      operations: thingOperations,
      baseUrl: server.url,
      auth: undefined,
      format: jsonFormat,
      loadValidators: async () => {
        loads += 1;
        return { operations: {} };
      },
      options: {},
    });
    answer = { ok: true };
    await client.GET('/health');
    await client.PUT('/things/{id}', {
      params: { path: { id: '1' } },
      body: { thingId: '1', Kind: 0 },
    });
    expect(loads).toBe(0);
  });
});
