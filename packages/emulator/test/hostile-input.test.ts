// The findings of a hostile probe (issue 14), one test each: bad input gets a 4xx that names
// where it is, never a 500, a silent success or a broken state.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../src/index.ts';
import { callGateway, createMessage, testEmulator } from './support/gateway.ts';
import { accessToken, callTwoSms, messageDetails, sendTwoSms } from './support/twosms.ts';

/** A raw HTTP request, so Host and Origin are exactly what a browser or an attacker would send. */
function rawRequest(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.end(body);
  });
}

async function control(emulator: Emulator, method: string, path: string, body?: unknown) {
  const response = await emulator.fetch(`http://127.0.0.1/__emulator${path}`, {
    method,
    ...(method === 'GET' ? {} : { headers: { 'content-type': 'application/json' } }),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('hostile input (issue 14)', () => {
  it('item 1: clock advance beyond the representable range is refused and nothing is saved', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sms-emulator-clock-')), 'state.json');
    const emulator = testEmulator({ stateFile: file });
    expect((await control(emulator, 'POST', '/clock/advance', { ms: 1000 })).status).toBe(200);
    for (const body of [{ ms: 1e300 }, { seconds: 1e15 }, { ms: 8.64e15 }]) {
      const refused = await control(emulator, 'POST', '/clock/advance', body);
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatch(/^\/body\/(ms|seconds): clock advance: expected at most/);
    }
    expect((await control(emulator, 'GET', '/clock')).body).toMatchObject({ offsetMs: 1000 });
    expect((await control(emulator, 'GET', '/')).status).toBe(200);
    await emulator.flush();
    expect(JSON.parse(readFileSync(file, 'utf8')).clockOffsetMs).toBe(1000);
    const token = await callTwoSms(emulator, 'requestAccessToken', 'POST', '/Token', {
      form: 'grant_type=client_credentials&client_id=sms-emulator-client&client_secret=sms-emulator-secret',
    });
    expect(token.body.expires_in).toBe(28800);
    // The clock still moves up to its last date, 9999-12-31T23:59:59.999Z, and no further.
    const room = Date.UTC(9999, 11, 31, 23, 59, 59, 999) - Date.parse(emulator.clock().now);
    expect((await control(emulator, 'POST', '/clock/advance', { ms: room })).body).toMatchObject({
      now: '9999-12-31T23:59:59.999Z',
    });
    expect((await control(emulator, 'POST', '/clock/advance', { ms: 1 })).status).toBe(400);
  });

  it('item 1: a state file whose clock lies past the last date is refused at start, saying why', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sms-emulator-clock-')), 'state.json');
    const empty = { credit: 0, messages: [], tokens: [] };
    writeFileSync(
      file,
      JSON.stringify({ version: 1, clockOffsetMs: 1e300, gatewaySms: empty, twosms: empty }),
    );
    expect(() => createEmulator({ stateFile: file })).toThrow(
      'clock offset: expected milliseconds >= 0 that keep the clock at or before 9999-12-31T23:59:59.999Z, got 1e+300',
    );
  });

  it('item 2: a Gateway SMS timestamp_send past the last representable date is refused, and the outbox still answers', async () => {
    const emulator = testEmulator();
    const call = await callGateway(emulator, 'sendMessage', 'POST', '/messages/', {
      body: {
        sender: 'alberto',
        body: 'x',
        recipients: '+39-3470000001',
        options: { timestamp_send: '8640000000000001' },
      },
    });
    expect(call.status).toBe(422);
    expect(call.body).toMatchObject({ success: false, error: 302 });
    expect(call.body.message).toContain('/body/options/timestamp_send');
    expect(emulator.credit().gatewaySms).toBe(100);
    const outbox = await emulator.fetch('http://127.0.0.1/__emulator/outbox');
    expect(outbox.status).toBe(200);
    expect(await outbox.json()).toEqual({ entries: [] });
  });

  it('item 3: 2SMS quick recipients that are neither a phone number nor an e-mail address are refused, uncharged', async () => {
    const emulator = testEmulator();
    const token = await accessToken(emulator);
    for (const key of ['', '__proto__', 'not a number; DROP TABLE']) {
      const call = await callTwoSms(emulator, 'sendMessage', 'POST', '/api/v2/sms/messages', {
        token,
        raw: {
          contentType: 'application/json',
          // Written by hand: JSON.stringify would drop a "__proto__" key set on an object literal.
          body: `{"Type":0,"Options":{},"Content":"x","Contacts":{"QuickRecipients":{${JSON.stringify(key)}:2}}}`,
        },
      });
      expect(call.status).toBe(400);
      expect(call.body.Error.ErrorCode).toBe('InvalidRequest');
      expect(call.body.Error.ErrorReason).toContain(
        `/body/Contacts/QuickRecipients/${key}: expected a phone number`,
      );
    }
    expect(emulator.credit().twosms).toBe(1000);
    expect(emulator.outbox()).toEqual([]);
    // Numbers as people write them and e-mail addresses still go through.
    await sendTwoSms(emulator, token, {
      Contacts: { QuickRecipients: { '+44 (0)7700 900123': 2, 'ada@example.com': 1 } },
      Content: 'x',
    });
  });

  it('item 4: a Gateway SMS priority whose price is no finite amount is refused, never priced null', async () => {
    const emulator = testEmulator();
    for (const priority of [1e308, 1001]) {
      const call = await callGateway(emulator, 'sendMessage', 'POST', '/messages/', {
        body: { sender: 'alberto', body: 'x', recipients: '+39-3470000001', priority, test: true },
      });
      expect(call.status).toBe(422);
      expect(call.body.message).toContain('/body/priority: expected a number from 1 to 1000');
    }
    const highest = await createMessage(emulator, { recipients: '+39-3470000001', priority: 1000 });
    expect(highest.call.body.data[0].price).toBe(31.5);
  });

  it('item 5: the control API refuses a foreign Host, a foreign Origin and a state change that is not JSON', async () => {
    const emulator = testEmulator();
    await createMessage(emulator, { recipients: '+39-3470000001' });
    const server = await emulator.listen(0);
    try {
      const own = `127.0.0.1:${server.port}`;
      const reset = `${server.url}/__emulator/reset`;
      const crossSite = await rawRequest(
        reset,
        'POST',
        { origin: 'http://evil.example', 'content-type': 'text/plain' },
        '{}',
      );
      expect(crossSite.status).toBe(403);
      expect(JSON.parse(crossSite.text).error).toContain('/headers/origin');
      const textPlain = await rawRequest(reset, 'POST', { 'content-type': 'text/plain' }, '{}');
      expect(textPlain.status).toBe(415);
      expect(JSON.parse(textPlain.text).error).toContain('/headers/content-type');
      const noType = await rawRequest(reset, 'POST', {});
      expect(noType.status).toBe(415);
      expect(emulator.outbox('gateway-sms')).toHaveLength(1);

      const rebound = await rawRequest(`${server.url}/__emulator`, 'GET', {
        host: `attacker.example:${server.port}`,
      });
      expect(rebound.status).toBe(403);
      expect(rebound.text).toContain('/headers/host');
      expect(rebound.text).not.toContain('sms-emulator-secret');
      const nullOrigin = await rawRequest(`${server.url}/__emulator`, 'GET', { origin: 'null' });
      expect(nullOrigin.status).toBe(403);

      for (const host of [own, `localhost:${server.port}`, `[::1]:${server.port}`]) {
        const ok = await rawRequest(`${server.url}/__emulator/reset`, 'POST', {
          host,
          origin: `http://${host}`,
          'content-type': 'application/json',
        });
        expect(ok.status).toBe(200);
      }
      expect(emulator.outbox('gateway-sms')).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('item 9: 2SMS XML errors name the element: an empty body, a missing <ID>, a <__proto__> element', async () => {
    const emulator = testEmulator();
    const token = await accessToken(emulator);
    const { id } = await sendTwoSms(emulator, token, {
      Contacts: { QuickRecipients: { '+12345678901': 2 } },
      Content: 'x',
    });
    const put = (xml: string) =>
      callTwoSms(emulator, 'updateMessage', 'PUT', `/api/v1/sms/messages/${id}`, { token, xml });
    const empty = await put('');
    expect(empty.status).toBe(400);
    expect(empty.body.Error.ErrorReason).toMatch(/^\/body: /);
    expect(empty.body.Error.ErrorReason).not.toContain('undefined');

    const missing = await put(
      '<MessageDetails><DateReceived>2030-01-15T09:00:00Z</DateReceived><DateToSend>2030-01-15T09:00:00Z</DateToSend><DateSent>2030-01-15T09:00:00Z</DateSent><Sender>x</Sender><DateModified>2030-01-15T09:00:00Z</DateModified><AdditionalContactID>0</AdditionalContactID><AuthenticationMethod>ANONYMOUS</AuthenticationMethod></MessageDetails>',
    );
    expect(missing.status).toBe(400);
    expect(missing.body.Error.ErrorReason).toContain(
      '/body/MessageDetails/ID: required element <ID> is missing',
    );
    expect(missing.body.Error.ErrorReason).not.toContain('messageId');

    const proto = await put(
      `<MessageDetails><ID>${id}</ID><__proto__><x>1</x></__proto__></MessageDetails>`,
    );
    expect(proto.status).toBe(400);
    expect(proto.body.Error.ErrorReason).toContain('/body/MessageDetails/__proto__:');
    expect(proto.body.Error.ErrorReason).not.toContain('[SECURITY]');
  });

  it('smaller: NoOfReads -3 and AdditionalContactID -5 are refused with 400 naming the field, changing nothing', async () => {
    const emulator = testEmulator();
    const token = await accessToken(emulator);
    const { id } = await sendTwoSms(emulator, token, {
      Contacts: { QuickRecipients: { '+12345678901': 2 } },
      Content: 'x',
    });
    for (const [field, value] of [
      ['NoOfReads', -3],
      ['AdditionalContactID', -5],
      ['RemoveContactID', -1],
    ] as const) {
      const call = await callTwoSms(
        emulator,
        'updateMessage',
        'PUT',
        `/api/v1/sms/messages/${id}`,
        {
          token,
          json: messageDetails(id, { [field]: value }),
        },
      );
      expect(call.status).toBe(400);
      expect(call.body.Error).toEqual({
        ErrorCode: 'InvalidRequest',
        ErrorReason: `/body/${field}: expected 0 (none) or a positive integer, got ${value}`,
      });
    }
    const xml = await callTwoSms(emulator, 'updateMessage', 'PUT', `/api/v1/sms/messages/${id}`, {
      token,
      xml: `<MessageDetails><ID>${id}</ID><DateReceived>2030-01-15T09:00:00Z</DateReceived><DateToSend>2030-01-15T09:00:00Z</DateToSend><DateSent>2030-01-15T09:00:00Z</DateSent><Sender>x</Sender><DateModified>2030-01-15T09:00:00Z</DateModified><NoOfReads>-3</NoOfReads><AdditionalContactID>0</AdditionalContactID><AuthenticationMethod>ANONYMOUS</AuthenticationMethod></MessageDetails>`,
    });
    expect(xml.body.Error.ErrorReason).toContain('/body/MessageDetails/NoOfReads: expected 0');
    const sent = await callTwoSms(emulator, 'sendMessage', 'POST', '/api/v2/sms/messages', {
      token,
      json: {
        Type: 0,
        Options: { Reads: -3 },
        Content: 'x',
        Contacts: { QuickRecipients: { '+12345678901': 2 } },
      },
    });
    expect(sent.body.Error.ErrorReason).toContain('/body/Options/Reads: expected 0');
    expect(emulator.credit().twosms).toBe(999);
  });

  it('smaller: Gateway SMS body errors on POST and PUT say the same thing, JSON Pointer first', async () => {
    const emulator = testEmulator();
    const { id } = await createMessage(emulator, {
      recipients: '+39-3470000001',
      transaction: true,
    });
    const post = await callGateway(emulator, 'sendMessage', 'POST', '/messages/', {
      body: { sender: 'alberto', body: 'x', recipients: ['+39-3470000002', 7] },
    });
    const put = await callGateway(emulator, 'updateMessage', 'PUT', `/messages/${id}`, {
      body: { recipients: ['+39-3470000002', 7] },
    });
    expect(post.body.message).toMatch(/^Invalid request body: \/body\/recipients\/1/);
    expect(put.body.message).toBe(post.body.message);
    const badDate = { options: { timestamp_send: '31-02-2030' } };
    const postDate = await callGateway(emulator, 'sendMessage', 'POST', '/messages/', {
      body: { sender: 'alberto', body: 'x', recipients: '+39-3470000002', ...badDate },
    });
    const putDate = await callGateway(emulator, 'updateMessage', 'PUT', `/messages/${id}`, {
      body: { recipients: '+39-3470000002', ...badDate },
    });
    expect(postDate.body.message).toMatch(/^Invalid request body: \/body\/options\/timestamp_send/);
    expect(putDate.body.message).toBe(postDate.body.message);
  });
});
