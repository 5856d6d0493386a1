// A generated client (createClient) for a spec with every security scheme and request media type:
// the fixture's tables come from the real codegen, and every call goes to a real socket on
// 127.0.0.1 (or, for the spec's own server, to a recording fetch: nothing leaves the machine).
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { NetworkError, RequestSerializationError, TokenEndpointError } from '../src/core/errors.ts';
import { generateFeatures } from './support/features-api.ts';
import { createFeaturesClient, type FeaturesOptions } from './support/features-client.ts';
import {
  type LoopbackServer,
  type SeenRequest,
  sendJson,
  startServer,
} from './support/loopback-server.ts';

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const secret = 'KEY_SECRET_42e1';
const fastRetry = { retries: 2, baseDelayMs: 1, maxDelayMs: 5 };

/** A server answering `{ ok: true }` to everything, and a client of the fixture pointed at it. */
async function serveFeatures(options: Omit<FeaturesOptions, 'baseUrl' | 'environment'> = {}) {
  server = await startServer((_request, response) => sendJson(response, 200, { ok: true }));
  const client = createFeaturesClient({ ...options, baseUrl: server.url } as FeaturesOptions);
  return { client, requests: server.requests };
}

const only = (requests: readonly SeenRequest[]): SeenRequest => {
  expect(requests).toHaveLength(1);
  return requests[0] as SeenRequest;
};

it('the fixture tables are what the codegen makes of the fixture spec now', async () => {
  for (const [file, content] of Object.entries(await generateFeatures())) {
    expect(readFileSync(file, 'utf8'), file).toBe(content);
  }
});

describe('credentials keyed by security scheme name', () => {
  it('http basic: Authorization: Basic base64(username:password), UTF-8', async () => {
    const { client, requests } = await serveFeatures({
      credentials: { basicAuth: { username: 'ada', password: 'pa:ss wörd' } },
    });
    expect((await client.GET('/basic')).data).toEqual({ ok: true });
    const header = only(requests).headers.authorization ?? '';
    expect(header.startsWith('Basic ')).toBe(true);
    expect(Buffer.from(header.slice(6), 'base64').toString('utf8')).toBe('ada:pa:ss wörd');
  });

  it('http bearer: a string, or a function asked before each request', async () => {
    let calls = 0;
    const { client, requests } = await serveFeatures({
      credentials: { bearerAuth: async () => `rotated-${++calls}` },
    });
    await client.GET('/bearer');
    await client.GET('/bearer');
    expect(requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer rotated-1',
      'Bearer rotated-2',
    ]);
  });

  it('apiKey in a header: the header the spec names, no Authorization', async () => {
    const { client, requests } = await serveFeatures({ credentials: { headerKey: secret } });
    await client.GET('/header-key');
    const seen = only(requests);
    expect(seen.headers['x-api-key']).toBe(secret);
    expect(seen.headers.authorization).toBeUndefined();
  });

  it('apiKey in the query: appended to the URL, never in an error message', async () => {
    const { client, requests } = await serveFeatures({ credentials: { queryKey: 'k y&=' } });
    await client.GET('/query-key', { params: { query: { q: 'x' } } });
    expect(only(requests).url).toBe('/query-key?q=x&api_key=k%20y%26%3D');

    server = await startServer((request) => void request.socket.destroy());
    const failing = createFeaturesClient({
      baseUrl: server.url,
      credentials: { queryKey: secret },
      retry: false,
    });
    const error = await failing.GET('/query-key').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(inspect(error, { depth: 8 })).not.toContain(secret);
    expect(server.requests[0]?.url).toBe(`/query-key?api_key=${secret}`);
  });

  it('apiKey in a cookie: added to the cookies the caller sends', async () => {
    const { client, requests } = await serveFeatures({ credentials: { cookieKey: secret } });
    await client.GET('/cookie-key', { headers: { cookie: 'theme=dark' } });
    await client.GET('/cookie-key');
    expect(requests.map((request) => request.headers.cookie)).toEqual([
      `theme=dark; session=${secret}`,
      `session=${secret}`,
    ]);
  });

  it('apiKey through middleware: the Request path places it the same way', async () => {
    const { client, requests } = await serveFeatures({
      credentials: { queryKey: secret, headerKey: 'h-key' },
      middleware: [{ onRequest: ({ request }) => request }],
    });
    await client.GET('/query-key', { params: { query: { q: 'x' } } });
    await client.GET('/header-key');
    expect(requests.map((request) => request.url)).toEqual([
      `/query-key?q=x&api_key=${secret}`,
      '/header-key',
    ]);
    expect(requests[1]?.headers['x-api-key']).toBe('h-key');
  });

  it('oauth2 client credentials: one token request for 20 concurrent calls, from the base URL', async () => {
    let issued = 0;
    server = await startServer((request, response) => {
      if (request.url === '/oauth/token') {
        issued += 1;
        sendJson(response, 200, {
          access_token: `tok-${issued}`,
          token_type: 'Bearer',
          expires_in: 3600,
        });
      } else sendJson(response, 200, { ok: true });
    });
    const client = createFeaturesClient({
      baseUrl: server.url,
      credentials: { oauth: { clientId: 'app', clientSecret: secret } },
    });
    await Promise.all(Array.from({ length: 20 }, () => client.GET('/oauth')));
    const tokenRequests = server.requests.filter((request) => request.url === '/oauth/token');
    expect(tokenRequests).toHaveLength(1);
    expect(new URLSearchParams(tokenRequests[0]?.body).get('grant_type')).toBe(
      'client_credentials',
    );
    const apiCalls = server.requests.filter((request) => request.url === '/oauth');
    expect(new Set(apiCalls.map((request) => request.headers.authorization))).toEqual(
      new Set(['Bearer tok-1']),
    );
  });

  it('oauth2: a token endpoint answering 503 is a TokenEndpointError naming no secret', async () => {
    server = await startServer((_request, response) => sendJson(response, 503, {}));
    const client = createFeaturesClient({
      baseUrl: server.url,
      credentials: { oauth: { clientId: 'app', clientSecret: secret } },
    });
    const error = await client.GET('/oauth').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenEndpointError);
    expect(inspect(error, { depth: 8 })).not.toContain(secret);
  });

  it('an operation with several schemes uses the first one given; a public one gets none', async () => {
    const { client, requests } = await serveFeatures({
      credentials: { headerKey: 'h-key', bearerAuth: 'b-tok' },
    });
    await client.GET('/either');
    await client.GET('/public');
    expect(requests[0]?.headers.authorization).toBe('Bearer b-tok');
    expect(requests[0]?.headers['x-api-key']).toBeUndefined();
    expect(requests[1]?.headers.authorization).toBeUndefined();
    expect(requests[1]?.headers['x-api-key']).toBeUndefined();

    const keyOnly = createFeaturesClient({
      baseUrl: server?.url ?? '',
      credentials: { headerKey: 'h-key' },
    });
    await keyOnly.GET('/either');
    expect(requests[2]?.headers['x-api-key']).toBe('h-key');
  });

  it.each([
    {
      given: { nope: 'x' },
      want: 'credentials.nope: the spec has no security scheme of that name (it has: basicAuth, bearerAuth, headerKey, queryKey, cookieKey, oauth, digestAuth)',
    },
    {
      given: { digestAuth: 'x' },
      want: 'credentials.digestAuth: the client cannot send credentials for a http digest scheme',
    },
    {
      given: { basicAuth: { username: 'a:b', password: 'p' } },
      want: 'credentials.basicAuth: the username must not contain a colon (RFC 7617)',
    },
    {
      given: { basicAuth: 'user:pass' },
      want: 'credentials.basicAuth: expected { username, password } with a non-empty username string and a password string',
    },
    {
      given: { oauth: { clientId: 'app' } },
      want: 'credentials.oauth.clientSecret: expected a non-empty string',
    },
    {
      given: { cookieKey: `${secret}; admin=1` },
      want: 'credentials.cookieKey: a cookie value cannot contain ; or ,',
    },
    {
      given: { headerKey: `${secret}\n` },
      want: 'credentials.headerKey: expected a non-empty token string, visible ASCII on one line',
    },
  ])('refuses $given when the client is created: $want', ({ given, want }) => {
    const create = () =>
      createFeaturesClient({ baseUrl: 'http://127.0.0.1:1', credentials: given as never });
    expect(create).toThrowError(want);
    try {
      create();
    } catch (error) {
      expect(String(error)).not.toContain(secret);
    }
  });
});

describe('request bodies in every media type the spec uses', () => {
  it('form-urlencoded: arrays one key per item, or delimited, as style/explode say', async () => {
    const { client, requests } = await serveFeatures({ credentials: { bearerAuth: 't' } });
    await client.POST('/messages', {
      body: {
        To: ['+15550001', '+15550002'],
        Ids: [1, 2, 3],
        Pipes: ['a', 'b'],
        Filter: { status: 'sent', after: '2026-01-01' },
        Meta: { source: 'test' },
        Body: 'hi there & all',
      },
    });
    const seen = only(requests);
    expect(seen.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const form = new URLSearchParams(seen.body);
    expect(form.getAll('To')).toEqual(['+15550001', '+15550002']);
    expect(form.getAll('Ids')).toEqual(['1,2,3']);
    expect(form.getAll('Pipes')).toEqual(['a|b']);
    expect(form.get('Filter[status]')).toBe('sent');
    expect(form.get('Filter[after]')).toBe('2026-01-01');
    expect(form.get('Meta')).toBe('{"source":"test"}');
    expect(form.get('Body')).toBe('hi there & all');
  });

  it('form-urlencoded: a value that has no form encoding fails before sending, with its pointer', async () => {
    const { client, requests } = await serveFeatures({ credentials: { bearerAuth: 't' } });
    const error = await client
      .POST('/messages', { body: { To: [{ nested: true }] as never } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestSerializationError);
    expect((error as Error).message).toContain(
      'cannot be sent as application/x-www-form-urlencoded: /body/To/0: expected a string, number or boolean, got an object',
    );
    expect(requests).toHaveLength(0);
  });

  it('multipart/form-data: a file part, one part per array item, a JSON part', async () => {
    const { client, requests } = await serveFeatures({ credentials: { bearerAuth: 't' } });
    await client.POST('/uploads', {
      body: {
        file: new File(['file body'], 'note.txt', { type: 'text/plain' }) as never,
        name: 'note',
        tags: ['a', 'b'],
        meta: { source: 'test' },
      },
    });
    const seen = only(requests);
    const contentType = seen.headers['content-type'] ?? '';
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(seen.body, {
      headers: { 'content-type': contentType },
    }).formData();
    const file = form.get('file') as File;
    expect([file.name, file.type, await file.text()]).toEqual([
      'note.txt',
      'text/plain',
      'file body',
    ]);
    expect(form.get('name')).toBe('note');
    expect(form.getAll('tags')).toEqual(['a', 'b']);
    const meta = form.get('meta') as File;
    expect([meta.type, await meta.text()]).toEqual(['application/json', '{"source":"test"}']);
  });

  it('text/plain both ways; an operation marked x-idempotent is retried after a lost response', async () => {
    server = await startServer((request, response, index) => {
      if (index === 0) return void request.socket.destroy();
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`stored: ${request.body}`);
    });
    const client = createFeaturesClient({
      baseUrl: server.url,
      credentials: { bearerAuth: 't' },
      retry: fastRetry,
    });
    const { data } = await client.PUT('/notes/{id}', {
      params: { path: { id: 'n1' } },
      body: 'call me back',
    });
    expect(data).toBe('stored: call me back');
    expect(
      server.requests.map((request) => [
        request.method,
        request.headers['content-type'],
        request.body,
      ]),
    ).toEqual([
      ['PUT', 'text/plain', 'call me back'],
      ['PUT', 'text/plain', 'call me back'],
    ]);
    expect(server.requests[1]?.headers.accept).toBe('text/plain');
  });

  it('an operation the spec does not mark idempotent (a POST) is sent once', async () => {
    server = await startServer((request) => void request.socket.destroy());
    const client = createFeaturesClient({
      baseUrl: server.url,
      credentials: { bearerAuth: 't' },
      retry: fastRetry,
    });
    const error = await client
      .POST('/messages', { body: { To: ['+15550001'] } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(server.requests).toHaveLength(1);
  });

  it('XML where the schema carries xml objects: element names from the spec, both ways', async () => {
    server = await startServer((_request, response) => {
      response.writeHead(201, { 'content-type': 'application/xml' });
      response.end('<Thing><ID>t9</ID><Tags><Tag>x</Tag></Tags><Count>7</Count></Thing>');
    });
    const client = createFeaturesClient({ baseUrl: server.url, credentials: { bearerAuth: 't' } });
    const { data } = await client.POST('/things', {
      body: { thingId: 't1', Tags: ['a', 'b'], Count: 2 },
    });
    expect(data).toEqual({ thingId: 't9', Tags: ['x'], Count: 7 });
    const seen = only(server.requests);
    expect(seen.headers['content-type']).toBe('application/xml');
    expect(seen.headers.accept).toBe('application/xml');
    expect(seen.body.replace(/>\s+</g, '><')).toMatch(
      /<Thing[^>]*><ID>t1<\/ID><Tags><Tag>a<\/Tag><Tag>b<\/Tag><\/Tags><Count>2<\/Count><\/Thing>$/,
    );
  });
});

describe('error paths are JSON Pointers rooted at the part of the message', () => {
  it('an XML body names the element as sent on the wire, under /body, both ways', async () => {
    server = await startServer((_request, response) => {
      response.writeHead(201, { 'content-type': 'application/xml' });
      response.end('<Thing><ID>t9</ID><Count>many</Count></Thing>');
    });
    const client = createFeaturesClient({ baseUrl: server.url, credentials: { bearerAuth: 't' } });
    const read = await client
      .POST('/things', { body: { thingId: 't1' } })
      .catch((caught: unknown) => caught);
    expect((read as Error).message).toContain(
      'the body is not the XML the spec describes: /body/Thing/Count: expected an integer',
    );
    const written = await client
      .POST('/things', { body: { thingId: 't1', Count: 'two' as never } })
      .catch((caught: unknown) => caught);
    expect(written).toBeInstanceOf(RequestSerializationError);
    expect((written as Error).message).toContain(
      'the request body cannot be written as XML: /body/Thing/Count: expected an integer',
    );
    expect(server.requests).toHaveLength(1);
  });
});

describe('where requests go', () => {
  const recorded: string[] = [];
  const recordingFetch = async (request: Request) => {
    recorded.push(request.url);
    return Response.json({ ok: true });
  };

  it('the spec’s only server (variables at their defaults) when neither baseUrl nor environment is given', async () => {
    const client = createFeaturesClient({
      credentials: { bearerAuth: 't' },
      fetch: recordingFetch,
    });
    await client.GET('/bearer');
    const byEnvironment = createFeaturesClient({
      environment: 'https://api.features.example/v1',
      credentials: { bearerAuth: 't' },
      fetch: recordingFetch,
    });
    await byEnvironment.GET('/bearer');
    expect(recorded).toEqual([
      'https://api.features.example/v1/bearer',
      'https://api.features.example/v1/bearer',
    ]);
  });

  it('refuses both baseUrl and environment, and an environment the spec does not list', () => {
    expect(() =>
      createFeaturesClient({
        baseUrl: 'http://127.0.0.1:4010/features',
        environment: 'https://api.features.example/v1',
      } as never),
    ).toThrowError('expected environment or baseUrl, not both');
    expect(() =>
      createFeaturesClient({ environment: 'https://elsewhere.example' as never }),
    ).toThrowError(
      "environment: expected one of the spec's servers (https://api.features.example/v1) or a baseUrl, got https://elsewhere.example",
    );
  });
});
