// Every operation of both APIs against the emulator, through the clients unchanged: in process
// (the emulator's fetch, reached at the vendors' own hosts) and over HTTP on 127.0.0.1, in JSON
// and, for 2SMS, XML. The emulator checks its answers against the spec; the clients validate both
// ways too.

import { createGatewaySmsClient, type GatewaySmsClient } from '@sms-contracts/client/gateway-sms';
import { createTwoSmsClient, type TwoSmsClient } from '@sms-contracts/client/twosms';
import type { Emulator } from '@sms-contracts/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from './support/emulator.ts';

type Transport = 'in process' | 'HTTP';
const transports: Transport[] = ['in process', 'HTTP'];

let emulator: Emulator;
/** `METHOD path content-type` of every in-process request, to check what went as XML. */
const seen: string[] = [];
const recordingFetch = (request: Request) => {
  seen.push(
    `${request.method} ${new URL(request.url).pathname} ${request.headers.get('content-type') ?? '-'}`,
  );
  return emulator.fetch(request);
};
let server: { readonly url: string; close(): Promise<void> };
beforeAll(async () => {
  emulator = startEmulator();
  server = await emulator.listen(0);
});
afterAll(() => server?.close());

function gatewayClient(transport: Transport): GatewaySmsClient {
  const token = emulator.credentials().gatewaySms.tokens[0] as string;
  return transport === 'in process'
    ? createGatewaySmsClient({
        token,
        environment: 'sandbox',
        fetch: recordingFetch,
        validate: true,
      })
    : createGatewaySmsClient({ token, baseUrl: `${server.url}/gateway-sms`, validate: true });
}

function twoSmsClient(transport: Transport, format: 'json' | 'xml'): TwoSmsClient {
  const credentials = emulator.credentials().twosms.clients[0] as {
    clientId: string;
    clientSecret: string;
  };
  return transport === 'in process'
    ? createTwoSmsClient(credentials, {
        host: 'portal.2sms.com',
        fetch: recordingFetch,
        format,
        validate: true,
      })
    : createTwoSmsClient(credentials, { baseUrl: `${server.url}/twosms`, format, validate: true });
}

describe.each(transports)('Gateway SMS, %s', (transport) => {
  const number = transport === 'HTTP' ? '+39-3470000002' : '+39-3470000001';

  it('sendMessage, updateMessage, getMessage, listMessages, listRecipients, getRecipient, deleteMessage', async () => {
    const client = gatewayClient(transport);
    const sent = await client.POST('/messages/', {
      body: {
        test: false,
        priority: 1,
        sender: 'alberto',
        body: 'test invio',
        recipients: number,
        transaction: true,
      },
    });
    expect(sent.response.status).toBe(201);
    const id = sent.data?.data[0]?.id as string;
    expect(id).toMatch(/^[0-9a-f]{24}$/);

    const updated = await client.PUT('/messages/{id}', {
      params: { path: { id } },
      body: { recipients: ['+39-3470000009'], transaction: true },
    });
    expect(updated.error).toBeUndefined();
    expect(updated.data?.data).toMatchObject({
      transaction: true,
      recipients: { valid: { count: 2 } },
    });

    const one = await client.GET('/messages/{id}', { params: { path: { id } } });
    expect(one.data?.data[0]).toMatchObject({ id, sender: 'alberto' });

    const list = await client.GET('/messages/');
    expect(list.data?.data.map((message) => message.id)).toContain(id);

    const recipients = await client.GET('/messages/{id}/recipients/', { params: { path: { id } } });
    expect(recipients.data?.data.map((recipient) => recipient.number)).toEqual(
      expect.arrayContaining([number]),
    );

    const recipient = await client.GET('/messages/{id}/recipients/{number}', {
      params: { path: { id, number } },
    });
    expect(recipient.data?.data[0]).toMatchObject({ number });

    const deleted = await client.DELETE('/messages/{id}', { params: { path: { id } } });
    expect(deleted.response.status).toBe(200);
    const gone = await client.GET('/messages/{id}', { params: { path: { id } } });
    expect(gone.response.ok).toBe(false);
  });

  it('closes a transaction with PUT and returns the vendor error codes as typed errors', async () => {
    const client = gatewayClient(transport);
    const sent = await client.POST('/messages/', {
      body: {
        test: false,
        priority: 1,
        sender: 'alberto',
        body: 'ciao',
        recipients: [number],
        transaction: true,
      },
    });
    const id = sent.data?.data[0]?.id as string;
    const closed = await client.PUT('/messages/{id}', {
      params: { path: { id } },
      body: { recipients: number, transaction: false },
    });
    expect(closed.data?.data).toMatchObject({ transaction: false });
    const again = await client.PUT('/messages/{id}', {
      params: { path: { id } },
      body: { recipients: number },
    });
    expect(again.response.status).toBe(422);
    expect(again.error).toMatchObject({ success: false, error: 212 });
  });
});

describe.each(
  transports.flatMap((transport) =>
    (['json', 'xml'] as const).map((format) => [transport, format] as const),
  ),
)('2SMS, %s, %s', (transport, format) => {
  const contact = `+1234567${transport === 'HTTP' ? '1' : '0'}${format === 'xml' ? '1' : '0'}01`;

  it('requestAccessToken (POST /Token, form-encoded) issues a bearer token', async () => {
    const { clientId, clientSecret } = emulator.credentials().twosms.clients[0] as {
      clientId: string;
      clientSecret: string;
    };
    const client = twoSmsClient(transport, format);
    const { data, response } = await client.POST('/Token', {
      body: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret },
    });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ access_token: expect.any(String), token_type: 'bearer' });
  });

  it('sendMessage, updateMessage, getMessageView, searchMessageReport, expireMessages', async () => {
    const client = twoSmsClient(transport, format);
    const sent = await client.POST('/api/v2/sms/messages', {
      body: {
        Contacts: { QuickRecipients: { [contact]: 2 } },
        Content: 'Standard Send Test',
        Options: { Reads: 3 },
        Type: 0,
      },
    });
    expect(sent.response.status).toBe(200);
    const id = sent.data?.ResponseData?.Detail?.MessageID as string;

    const updated = await client.PUT('/api/v1/sms/messages/{messageID}', {
      params: { path: { messageID: id } },
      body: {
        messageId: id,
        DateReceived: '2030-01-15T09:00:00Z',
        DateToSend: '2030-01-15T09:00:00Z',
        DateSent: '2030-01-15T09:00:00Z',
        Sender: 'Clinic',
        DateModified: '2030-01-15T09:00:00Z',
        Content: 'Updated text',
        AdditionalContactID: 18,
        AuthenticationMethod: 0,
      },
    });
    expect(updated.response.headers.get('content-type')).toContain(format);
    expect(updated.data?.ResponseData?.Detail).toMatchObject({
      MessageID: id,
      MessageText: 'Updated text',
    });

    const contactId = emulator.outbox('twosms').find((entry) => entry.messageId === id)
      ?.viewToken as string;
    const view = await client.GET('/api/v1/sms/messages/{messageID}', {
      params: { path: { messageID: id }, query: { contactId } },
    });
    expect(view.response.headers.get('content-type')).toContain(format);
    expect(view.data?.ResponseData?.Detail).toMatchObject({
      Message: 'Updated text',
      ReadsRemaining: '2',
    });

    const report = await client.GET('/api/v1/reports/messages', {
      params: { query: { 'paging.Page': 1, 'paging.NoOfRecords': 100 } },
    });
    expect(report.response.status).toBe(200);

    const expired = await client.DELETE('/api/v1/sms/messages', { body: { MessageIDs: [id] } });
    expect(expired.data?.ResponseData?.Detail).toMatchObject({ MessageID: id });
  });

  it('cancelPendingMessages and cancelRecurringMessages (XML bodies in XML format)', async () => {
    const client = twoSmsClient(transport, format);
    const scheduled = await client.POST('/api/v2/sms/messages', {
      body: {
        Contacts: { QuickRecipients: { [contact]: 2 } },
        Content: 'later',
        Options: { DateToSend: '2030-02-01T00:00:00Z' },
        Type: 0,
      },
    });
    const id = scheduled.data?.ResponseData?.Detail?.MessageID as string;
    const pending = await client.DELETE('/api/v2/sms/messages/pendings', {
      body: { MessageIDs: [id] },
    });
    expect(pending.response.status).toBe(200);
    expect(pending.data).toBeDefined();
    const recurring = await client.DELETE('/api/v2/sms/messages/recurrings', {
      body: { All: true },
    });
    expect(recurring.response.status).toBe(200);
  });
});

it('in process, XML format sent XML exactly where the spec has XML request bodies', () => {
  const templated = seen.map((line) => line.replace(/\/[0-9A-Za-z-]{20,}(?= )/, '/{messageID}'));
  expect(new Set(templated.filter((line) => line.endsWith('xml')))).toEqual(
    new Set([
      'PUT /api/v1/sms/messages/{messageID} application/xml',
      'DELETE /api/v2/sms/messages/pendings application/xml',
      'DELETE /api/v2/sms/messages/recurrings application/xml',
    ]),
  );
  expect(templated).toContain('PUT /api/v1/sms/messages/{messageID} application/json');
  expect(templated).toContain('POST /Token application/x-www-form-urlencoded');
});
