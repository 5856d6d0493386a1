import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListeningServer } from '../../src/index.ts';
import { callGateway, createMessage, gatewayToken, testEmulator } from '../support/gateway.ts';
import { expectMatchesSpec } from '../support/spec-check.ts';

describe('Gateway SMS refuses bad requests in its own envelope', () => {
  const emulator = testEmulator({ bodyLimitBytes: 2048 });

  it('answers 400 for malformed JSON, saying where it broke', async () => {
    const call = await callGateway(emulator, 'sendMessage', 'POST', '/messages/', {
      rawBody: '{"sender": "al',
    });
    expect(call.status).toBe(400);
    expect(call.body).toMatchObject({ success: false, data: null, error: 400 });
    expect(call.body.message).toMatch(/malformed JSON/);
  });

  it('answers 400 for an empty body and for bytes that are not UTF-8', async () => {
    const empty = await callGateway(
      emulator,
      'updateMessage',
      'PUT',
      '/messages/5d4436469f272566771c6671',
      {
        rawBody: '',
      },
    );
    expect(empty.status).toBe(400);
    const response = await emulator.fetch('http://emulator.test/gateway-sms/messages/', {
      method: 'POST',
      headers: { authorization: `Bearer ${gatewayToken}`, 'content-type': 'application/json' },
      body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    });
    expect(response.status).toBe(400);
    expectMatchesSpec('gateway-sms', 'sendMessage', 400, 'application/json', await response.json());
  });

  it('answers 400 for a PUT body the schema refuses, naming the JSON path', async () => {
    const { id } = await createMessage(emulator, {
      recipients: '+39-3470000001',
      transaction: true,
    });
    const call = await callGateway(emulator, 'updateMessage', 'PUT', `/messages/${id}`, {
      body: { recipients: 42 },
    });
    expect(call.status).toBe(400);
    expect(call.body.message).toContain('/body/recipients');
  });

  it('answers 415 for a body that is not application/json', async () => {
    const call = await callGateway(emulator, 'sendMessage', 'POST', '/messages/', {
      rawBody: 'sender=alberto',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(call.status).toBe(415);
    expect(call.body.message).toContain('expected Content-Type application/json');
  });

  it('answers 413 for a body over the limit', async () => {
    const call = await callGateway(emulator, 'sendMessage', 'POST', '/messages/', {
      body: { sender: 'alberto', body: 'x'.repeat(4096), recipients: '+39-3470000001' },
    });
    expect(call.status).toBe(413);
    expect(call.body.message).toContain('2048 bytes');
  });

  it('answers 404 for unknown paths and methods', async () => {
    for (const [method, path] of [
      ['GET', '/nothing-here'],
      ['PATCH', '/messages/'],
      ['POST', '/messages/5d4436469f272566771c6671/recipients/'],
    ] as const) {
      const call = await callGateway(emulator, undefined, method, path);
      expect(call.status).toBe(404);
      expect(call.body).toMatchObject({ success: false, data: null, error: 404 });
    }
  });
});

describe('Gateway SMS over HTTP: oversized and broken uploads never hang', () => {
  const emulator = testEmulator({ bodyLimitBytes: 64 * 1024 });
  let server: ListeningServer;
  beforeAll(async () => {
    server = await emulator.listen(0);
  });
  afterAll(() => server.close());

  /** A raw request with a streamed (chunked) body, answered or failed within 10 s. */
  function rawPost(chunks: readonly Buffer[]): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        `${server.url}/gateway-sms/messages/`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${gatewayToken}`, 'content-type': 'application/json' },
          timeout: 10_000,
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            body += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('timeout', () => req.destroy(new Error('timed out')));
      // The server may answer and close before the whole upload is written.
      req.on('error', (error) => reject(error));
      for (const chunk of chunks) req.write(chunk);
      req.end();
    });
  }

  it('answers 413 to a chunked upload over the limit (no Content-Length)', async () => {
    const chunk = Buffer.alloc(16 * 1024, 'a');
    const answer = await rawPost(Array.from({ length: 8 }, () => chunk));
    expect(answer.status).toBe(413);
    expectMatchesSpec(
      'gateway-sms',
      'sendMessage',
      413,
      'application/json',
      JSON.parse(answer.body),
    );
  });

  it('answers 413 from Content-Length alone, before reading a 5 MB body', async () => {
    const response = await fetch(`${server.url}/gateway-sms/messages/`, {
      method: 'POST',
      headers: { authorization: `Bearer ${gatewayToken}`, 'content-type': 'application/json' },
      body: 'x'.repeat(5 * 1024 * 1024),
      signal: AbortSignal.timeout(10_000),
    });
    expect(response.status).toBe(413);
    expectMatchesSpec('gateway-sms', 'sendMessage', 413, 'application/json', await response.json());
  });

  it('answers 400 to malformed JSON over HTTP', async () => {
    const answer = await rawPost([Buffer.from('{"sender":')]);
    expect(answer.status).toBe(400);
  });
});
