// What openapi-fetch users rely on keeps working: results, middleware, custom fetch, serializers.
import { type Middleware, wrapAsPathBasedClient } from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackServer, sendJson, startServer } from './support/loopback-server.ts';
import { createThingsClient, secretToken } from './support/things-client.ts';

let server: LoopbackServer;
beforeAll(async () => {
  server = await startServer((request, response) => {
    if (request.url === '/things/empty') {
      response.writeHead(204).end();
      return;
    }
    sendJson(response, 200, {
      method: request.method,
      url: request.url,
      body: request.body,
      headers: request.headers,
    });
  });
});
afterAll(() => server.close());

const last = () => server.requests[server.requests.length - 1];

describe('requests', () => {
  it('fills path parameters and query strings like openapi-fetch', async () => {
    const client = createThingsClient({ baseUrl: `${server.url}/` });
    await client.GET('/things/{id}', {
      params: { path: { id: 'a/b c' }, query: { verbose: true } },
    });
    expect(last()?.url).toBe('/things/a%2Fb%20c?verbose=true');
  });

  it('serializes array and object query parameters with openapi-fetch’s serializers', async () => {
    const client = createThingsClient({
      baseUrl: server.url,
      querySerializer: { array: { style: 'form', explode: false } },
    });
    await client.request('get', '/things/{id}', {
      params: { path: { id: '1' }, query: { tags: ['a', 'b'], filter: { kind: 1 } } as never },
    });
    expect(last()?.url).toBe('/things/1?tags=a,b&filter[kind]=1');
  });

  it('sends JSON with Content-Type, Accept and the bearer token; client and call headers merge', async () => {
    const client = createThingsClient({
      baseUrl: server.url,
      headers: { 'X-Client': 'a', 'X-Both': 'client' },
    });
    await client.PUT('/things/{id}', {
      params: { path: { id: '1' } },
      body: { thingId: '1', Kind: 0 },
      headers: { 'X-Both': 'call' },
    });
    expect(last()?.headers).toMatchObject({
      'content-type': 'application/json',
      accept: 'application/json',
      authorization: `Bearer ${secretToken}`,
      'x-client': 'a',
      'x-both': 'call',
    });
    expect(last()?.body).toBe('{"thingId":"1","Kind":0}');
  });

  it('an Authorization header the caller sets is sent instead of the client’s credentials', async () => {
    const client = createThingsClient({ baseUrl: server.url });
    await client.GET('/things/{id}', {
      params: { path: { id: '1' } },
      headers: { Authorization: 'Bearer other' },
    });
    expect(last()?.headers.authorization).toBe('Bearer other');
  });

  it('uses a custom bodySerializer and form encoding when the Content-Type asks for it', async () => {
    const client = createThingsClient({
      baseUrl: server.url,
      bodySerializer: (body) => `custom:${JSON.stringify(body)}`,
    });
    await client.POST('/things', { body: { thingId: 'x', Kind: 0 } });
    expect(last()?.body).toBe('custom:{"thingId":"x","Kind":0}');
    const plain = createThingsClient({ baseUrl: server.url });
    await plain.POST('/things', {
      body: { thingId: 'x y', Kind: 0 } as never,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(last()?.body).toBe('thingId=x+y&Kind=0');
  });

  it('returns { data, response } and { data: undefined } for 204', async () => {
    const client = createThingsClient({ baseUrl: server.url });
    const ok = await client.GET('/things/{id}', { params: { path: { id: '1' } } });
    expect(ok.response.status).toBe(200);
    expect(ok.data).toMatchObject({ method: 'GET' });
    const empty = await client.GET('/things/{id}', { params: { path: { id: 'empty' } } });
    expect(empty).toEqual({ data: undefined, response: empty.response });
  });

  it('honours parseAs', async () => {
    const client = createThingsClient({ baseUrl: server.url });
    const { data } = await client.GET('/health', { parseAs: 'text' });
    expect(typeof data).toBe('string');
    const stream = await client.GET('/health', { parseAs: 'stream' });
    expect(stream.data).toBeInstanceOf(ReadableStream);
    await stream.data?.cancel();
  });
});

describe('openapi-fetch helpers', () => {
  it('wrapAsPathBasedClient works on this client', async () => {
    const client = wrapAsPathBasedClient(createThingsClient({ baseUrl: server.url }));
    const { data } = await client['/things/{id}'].GET({ params: { path: { id: 'p' } } });
    expect(data).toMatchObject({ url: '/things/p' });
  });
});

describe('custom fetch', () => {
  it('receives a Request, as with openapi-fetch, and its Response is used', async () => {
    const seen: Request[] = [];
    const client = createThingsClient({
      baseUrl: 'http://api.invalid',
      fetch: async (request) => {
        seen.push(request);
        return Response.json({ ok: true });
      },
    });
    const { data } = await client.GET('/health');
    expect(data).toEqual({ ok: true });
    expect(seen[0]).toBeInstanceOf(Request);
    expect(seen[0]?.url).toBe('http://api.invalid/health');
  });

  it('a per-call fetch overrides the client one', async () => {
    const client = createThingsClient({
      baseUrl: 'http://api.invalid',
      fetch: async () => Response.json({ from: 'client' }),
    });
    const { data } = await client.GET('/health', {
      fetch: async () => Response.json({ from: 'call' }),
    });
    expect(data).toEqual({ from: 'call' });
  });
});

describe('middleware', () => {
  it('onRequest can edit the request and onResponse the response; both see schemaPath, params and an id', async () => {
    const calls: string[] = [];
    const middleware: Middleware = {
      onRequest({ request, schemaPath, params, id }) {
        calls.push(`request ${schemaPath} ${JSON.stringify(params.path)} ${typeof id}`);
        request.headers.set('X-From-Middleware', 'yes');
        return request;
      },
      async onResponse({ response }) {
        const body = await response.json();
        return Response.json({ ...body, edited: true }, { status: response.status });
      },
    };
    const client = createThingsClient({ baseUrl: server.url, middleware: [middleware] });
    const { data } = await client.GET('/things/{id}', { params: { path: { id: '7' } } });
    expect(calls).toEqual(['request /things/{id} {"id":"7"} string']);
    expect(data).toMatchObject({ edited: true });
    expect(last()?.headers['x-from-middleware']).toBe('yes');
  });

  it('never shows the Authorization header to middleware, yet sends it', async () => {
    let seenAuthorization: string | null = 'unset';
    const client = createThingsClient({ baseUrl: server.url });
    client.use({
      onRequest({ request }) {
        seenAuthorization = request.headers.get('authorization');
      },
    });
    await client.GET('/things/{id}', { params: { path: { id: '1' } } });
    expect(seenAuthorization).toBeNull();
    expect(last()?.headers.authorization).toBe(`Bearer ${secretToken}`);
  });

  it('a Response from onRequest short-circuits the network', async () => {
    const before = server.requests.length;
    const client = createThingsClient({ baseUrl: server.url });
    client.use({ onRequest: () => Response.json({ cached: true }) });
    const { data } = await client.GET('/health');
    expect(data).toEqual({ cached: true });
    expect(server.requests.length).toBe(before);
  });

  it('onError sees the typed error and may recover with a Response; eject removes middleware', async () => {
    const errors: unknown[] = [];
    const recover: Middleware = {
      onError({ error }) {
        errors.push(error);
        return Response.json({ recovered: true });
      },
    };
    const client = createThingsClient({ baseUrl: 'http://127.0.0.1:9', retry: false });
    client.use(recover);
    const { data } = await client.GET('/health');
    expect(data).toEqual({ recovered: true });
    expect(errors[0]).toMatchObject({ name: 'NetworkError', operation: 'getHealth' });
    client.eject(recover);
    await expect(client.GET('/health')).rejects.toMatchObject({ name: 'NetworkError' });
  });

  it('retries happen below middleware: onRequest and onResponse run once per call', async () => {
    const flaky = await startServer((_request, response, index) =>
      index < 2 ? sendJson(response, 503, {}) : sendJson(response, 200, { ok: true }),
    );
    let onRequest = 0;
    let onResponse = 0;
    const client = createThingsClient({
      baseUrl: flaky.url,
      retry: { baseDelayMs: 1 },
      middleware: [{ onRequest: () => void onRequest++, onResponse: () => void onResponse++ }],
    });
    const { data } = await client.GET('/health');
    await flaky.close();
    expect(data).toEqual({ ok: true });
    expect(flaky.requests).toHaveLength(3);
    expect([onRequest, onResponse]).toEqual([1, 1]);
  });

  it('refuses things that are not middleware, like openapi-fetch', () => {
    const client = createThingsClient({ baseUrl: server.url });
    expect(() => client.use({} as Middleware)).toThrowError(/Middleware must be an object/);
  });
});
