// Every fault a server or network can throw at the client, from a real socket on 127.0.0.1. Each
// case is bounded by its own timeoutMs and must end in a typed result or a typed error.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AbortError,
  NetworkError,
  ResponseParseError,
  ResponseTooLargeError,
  SmsClientError,
  TimeoutError,
} from '../src/core/errors.ts';
import {
  type Handler,
  type LoopbackServer,
  sendJson,
  startServer,
} from './support/loopback-server.ts';
import { createThingsClient, secretToken } from './support/things-client.ts';

const produced: unknown[] = [];
let server: LoopbackServer | undefined;

async function serve(handler: Handler): Promise<LoopbackServer> {
  server = await startServer(handler);
  return server;
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Runs a call and keeps whatever it threw for the leak check at the end. */
async function failure(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    produced.push(error);
    return error;
  }
  throw new Error('expected the call to fail');
}

const fastRetry = { retries: 2, baseDelayMs: 1, maxDelayMs: 5 };
const thing = { thingId: 't1', Kind: 0 };

describe('network faults', () => {
  it('connection reset: a NetworkError naming operation, method and URL, after the retries of a GET', async () => {
    const { url, requests } = await serve((request) => {
      request.socket.destroy();
    });
    const client = createThingsClient({ baseUrl: url, retry: fastRetry, timeoutMs: 5000 });
    const error = await failure(() =>
      client.GET('/things/{id}', { params: { path: { id: 'a b' } } }),
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({
      operation: 'getThing',
      method: 'GET',
      url: `${url}/things/a%20b`,
    });
    expect((error as Error).message).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/things\/a%20b \(getThing\): the connection failed/,
    );
    expect(requests).toHaveLength(3);
  });

  it('connection refused (nothing listens): a NetworkError with the system code', async () => {
    const { url } = await serve(() => undefined);
    await server?.close();
    const client = createThingsClient({ baseUrl: url, retry: false, timeoutMs: 5000 });
    const error = await failure(() => client.GET('/health'));
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toContain('ECONNREFUSED');
  });

  it('slow headers: a TimeoutError after timeoutMs, even with retries left', async () => {
    const { requests } = await serve(() => new Promise(() => undefined));
    const client = createThingsClient({
      baseUrl: server?.url ?? '',
      retry: fastRetry,
      timeoutMs: 300,
    });
    const error = await failure(() =>
      client.GET('/things/{id}', { params: { path: { id: '1' } } }),
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 300, operation: 'getThing' });
    expect(requests).toHaveLength(1);
  });

  it('a per-call timeout overrides the client one', async () => {
    await serve(() => new Promise(() => undefined));
    const client = createThingsClient({ baseUrl: server?.url ?? '', timeoutMs: 60_000 });
    const error = await failure(() => client.GET('/health', { timeoutMs: 200 }));
    expect(error).toMatchObject({ name: 'TimeoutError', timeoutMs: 200 });
  });

  it('slow body (headers sent, body never ends): a TimeoutError', async () => {
    await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"ok":');
    });
    const client = createThingsClient({ baseUrl: server?.url ?? '', timeoutMs: 300 });
    expect(await failure(() => client.GET('/health'))).toBeInstanceOf(TimeoutError);
  });

  it('truncated body: a NetworkError saying the body was cut', async () => {
    await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      response.write('{"ok":tr', () => response.socket?.destroy());
    });
    const client = createThingsClient({ baseUrl: server?.url ?? '', timeoutMs: 5000 });
    const error = await failure(() => client.GET('/health'));
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toContain('while the response body was read');
  });

  it("the caller's AbortSignal: an AbortError carrying its reason", async () => {
    await serve(() => new Promise(() => undefined));
    const client = createThingsClient({ baseUrl: server?.url ?? '', timeoutMs: 10_000 });
    const controller = new AbortController();
    const pending = failure(() => client.GET('/health', { signal: controller.signal }));
    setTimeout(() => controller.abort(new Error('user left')), 50);
    const error = await pending;
    expect(error).toBeInstanceOf(AbortError);
    expect((error as Error).cause).toEqual(new Error('user left'));
  });

  it('an already aborted signal: an AbortError and no request', async () => {
    const { requests } = await serve((_request, response) => sendJson(response, 200, { ok: true }));
    const client = createThingsClient({ baseUrl: server?.url ?? '' });
    const error = await failure(() => client.GET('/health', { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(AbortError);
    expect(requests).toHaveLength(0);
  });
});

describe('bad bodies', () => {
  it('invalid JSON in a 200: a ResponseParseError with status and content type', async () => {
    await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"data": [');
    });
    const client = createThingsClient({ baseUrl: server?.url ?? '' });
    const error = await failure(() => client.GET('/health'));
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error).toMatchObject({
      status: 200,
      contentType: 'application/json',
      operation: 'getHealth',
    });
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
  });

  it('invalid XML in a 200: a ResponseParseError whose cause names the element path', async () => {
    await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/xml' });
      response.end('<ThingDetails><ID>x</ID><Kind>NOPE</Kind></ThingDetails>');
    });
    const client = createThingsClient({ baseUrl: server?.url ?? '', format: 'xml' });
    const error = await failure(() =>
      client.GET('/things/{id}', { params: { path: { id: 'x' } } }),
    );
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toContain(
      '/ThingDetails/Kind: expected an integer or one of the names PLAIN, FANCY',
    );
  });

  it('malformed XML in a 200: a ResponseParseError', async () => {
    await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/xml' });
      response.end('<ThingDetails><ID>x</ThingDetails>');
    });
    const client = createThingsClient({ baseUrl: server?.url ?? '', format: 'xml' });
    const error = await failure(() =>
      client.GET('/things/{id}', { params: { path: { id: 'x' } } }),
    );
    expect(error).toMatchObject({ name: 'ResponseParseError', contentType: 'text/xml' });
  });

  it('wrong content type (an HTML page with 200): a ResponseParseError saying what was expected', async () => {
    await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<html><body>Maintenance</body></html>');
    });
    const client = createThingsClient({ baseUrl: server?.url ?? '' });
    const error = await failure(() => client.GET('/health'));
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toContain(
      'HTTP 200 text/html: expected a body of type application/json',
    );
  });

  it('an error status with an unparseable body: typed result with the raw text, as openapi-fetch does', async () => {
    await serve((_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end('<h1>Bad gateway</h1>');
    });
    const client = createThingsClient({ baseUrl: server?.url ?? '', retry: false });
    const { data, error, response } = await client.GET('/health');
    expect(data).toBeUndefined();
    expect(error).toBe('<h1>Bad gateway</h1>');
    expect(response.status).toBe(502);
  });

  it('a 50 MB body within maxResponseBytes is read whole', async () => {
    const item = JSON.stringify({ thingId: 'x'.repeat(1000), Kind: 0 });
    const count = 50_000;
    // 50 chunks of 1000 items (about 1 MB each), written as the socket drains.
    const chunk = Array.from({ length: 1000 }, () => item).join(',');
    await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      let sent = 0;
      const pump = () => {
        while (sent < count / 1000 && response.write(`${sent === 0 ? '[' : ','}${chunk}`)) sent++;
        if (sent >= count / 1000) response.end(']');
        else {
          sent++;
          response.once('drain', pump);
        }
      };
      pump();
    });
    const client = createThingsClient({ baseUrl: server?.url ?? '', timeoutMs: 20_000 });
    const { data } = await client.GET('/health');
    expect(data).toHaveLength(count);
  });

  it('a 50 MB body over maxResponseBytes: a ResponseTooLargeError, chunked or with Content-Length', async () => {
    const chunk = 'x'.repeat(1024 * 1024);
    let withLength = false;
    await serve((_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        ...(withLength ? { 'content-length': String(50 * chunk.length) } : {}),
      });
      let sent = 0;
      const pump = () => {
        while (sent < 50 && response.write(chunk)) sent++;
        if (sent >= 50) response.end();
        else response.once('drain', () => pump());
      };
      pump();
    });
    const client = createThingsClient({
      baseUrl: server?.url ?? '',
      maxResponseBytes: 1024 * 1024,
      timeoutMs: 10_000,
    });
    const chunked = await failure(() => client.GET('/health'));
    expect(chunked).toBeInstanceOf(ResponseTooLargeError);
    withLength = true;
    const declared = await failure(() => client.GET('/health'));
    expect(declared).toMatchObject({ name: 'ResponseTooLargeError', limitBytes: 1024 * 1024 });
  });
});

describe('retries', () => {
  it('429 with Retry-After: waits, retries and returns the success', async () => {
    const { requests } = await serve((_request, response, index) => {
      if (index === 0) sendJson(response, 429, { message: 'slow down' }, { 'retry-after': '1' });
      else sendJson(response, 200, { ok: true });
    });
    const client = createThingsClient({
      baseUrl: server?.url ?? '',
      retry: fastRetry,
      timeoutMs: 10_000,
    });
    const { data, response } = await client.GET('/health');
    expect(response.status).toBe(200);
    expect(data).toEqual({ ok: true });
    expect(requests).toHaveLength(2);
  });

  it('429 asking to wait longer than the time left: returns the 429 at once as a typed error', async () => {
    const { requests } = await serve((_request, response) =>
      sendJson(response, 429, { message: 'later' }, { 'retry-after': '120' }),
    );
    const client = createThingsClient({
      baseUrl: server?.url ?? '',
      retry: fastRetry,
      timeoutMs: 5000,
    });
    const { error, response } = await client.GET('/health');
    expect(response.status).toBe(429);
    expect(error).toEqual({ message: 'later' });
    expect(requests).toHaveLength(1);
  });

  it('a burst of 503s on a GET: retried until it passes', async () => {
    const { requests } = await serve((_request, response, index) =>
      index < 2
        ? sendJson(response, 503, { message: 'busy' })
        : sendJson(response, 200, { ok: true }),
    );
    const client = createThingsClient({ baseUrl: server?.url ?? '', retry: fastRetry });
    const { data } = await client.GET('/health');
    expect(data).toEqual({ ok: true });
    expect(requests).toHaveLength(3);
  });

  it('503s that outlast the retries: the last 503 as a typed error', async () => {
    const { requests } = await serve((_request, response) =>
      sendJson(response, 503, { message: 'busy' }),
    );
    const client = createThingsClient({ baseUrl: server?.url ?? '', retry: fastRetry });
    const { error, response } = await client.GET('/health');
    expect(response.status).toBe(503);
    expect(error).toEqual({ message: 'busy' });
    expect(requests).toHaveLength(3);
  });

  // Issue 14 item 7: PUT is no longer retried by default; a call opts in when it is idempotent.
  it('a PUT opted in with idempotent: true is retried, with the same body every time', async () => {
    const { requests } = await serve((_request, response, index) =>
      index === 0 ? sendJson(response, 500, {}) : sendJson(response, 200, { Ok: true }),
    );
    const client = createThingsClient({ baseUrl: server?.url ?? '', retry: fastRetry });
    await client.PUT('/things/{id}', {
      params: { path: { id: '1' } },
      body: thing,
      retry: { ...fastRetry, idempotent: true },
    });
    expect(requests.map((request) => request.body)).toEqual([
      JSON.stringify(thing),
      JSON.stringify(thing),
    ]);
  });

  it('POST is never retried by default: it sends SMS and costs money', async () => {
    const { requests } = await serve((request) => {
      request.socket.destroy();
    });
    const client = createThingsClient({ baseUrl: server?.url ?? '', retry: fastRetry });
    expect(await failure(() => client.POST('/things', { body: thing }))).toBeInstanceOf(
      NetworkError,
    );
    expect(requests).toHaveLength(1);
  });

  it('POST is retried when the caller lists it', async () => {
    const { requests } = await serve((_request, response, index) =>
      index === 0 ? sendJson(response, 503, {}) : sendJson(response, 201, thing),
    );
    const client = createThingsClient({ baseUrl: server?.url ?? '' });
    const { data } = await client.POST('/things', {
      body: thing,
      retry: { ...fastRetry, methods: ['POST'] },
    });
    expect(data).toEqual(thing);
    expect(requests).toHaveLength(2);
  });

  it('retry: false sends once', async () => {
    const { requests } = await serve((_request, response) => sendJson(response, 503, {}));
    const client = createThingsClient({ baseUrl: server?.url ?? '', retry: false });
    expect((await client.GET('/health')).response.status).toBe(503);
    expect(requests).toHaveLength(1);
  });

  it('4xx other than 408 and 429 are not retried', async () => {
    const { requests } = await serve((_request, response) =>
      sendJson(response, 400, { Ok: false }),
    );
    const client = createThingsClient({ baseUrl: server?.url ?? '', retry: fastRetry });
    const { error } = await client.PUT('/things/{id}', {
      params: { path: { id: '1' } },
      body: thing,
    });
    expect(error).toEqual({ Ok: false });
    expect(requests).toHaveLength(1);
  });
});

describe('secrets', () => {
  it('no error of this suite holds the token: not in messages, stacks, causes or any field', () => {
    expect(produced.length).toBeGreaterThan(10);
    for (const error of produced) {
      expect(error).toBeInstanceOf(SmsClientError);
      const views = [
        String(error),
        (error as Error).stack ?? '',
        JSON.stringify(error),
        inspect(error, { showHidden: true, depth: 8, getters: true }),
      ];
      for (const view of views) {
        expect(view).not.toContain(secretToken);
        expect(view.toLowerCase()).not.toContain('bearer');
      }
    }
  });
});
