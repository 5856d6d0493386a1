// Both APIs end to end through @sms-contracts/client, unchanged: in process (the emulator's fetch,
// the vendors' own hosts) and over HTTP on 127.0.0.1, with the client validating both ways.
import { createGatewaySmsClient } from '@sms-contracts/client/gateway-sms';
import { createTwoSmsClient } from '@sms-contracts/client/twosms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListeningServer } from '../src/index.ts';
import { gatewayToken, testEmulator } from './support/gateway.ts';
import { clientId, clientSecret } from './support/twosms.ts';

describe('Gateway SMS through the client', () => {
  it('runs a transaction in process against the sandbox host', async () => {
    const emulator = testEmulator();
    const client = createGatewaySmsClient({
      token: gatewayToken,
      environment: 'sandbox',
      fetch: emulator.fetch,
      validate: true,
    });
    const created = await client.POST('/messages/', {
      body: {
        test: false,
        priority: 1,
        sender: 'alberto',
        body: 'Ciao {{name}}',
        recipients: { number: '+39-3470000001', fields: { name: 'Simone' } },
        transaction: true,
      },
    });
    expect(created.response.status).toBe(201);
    const id = created.data?.data[0]?.id as string;
    const closed = await client.PUT('/messages/{id}', {
      params: { path: { id } },
      body: { recipients: ['+39-3470000002', 'bad-number'], transaction: false },
    });
    expect(closed.data?.data).toMatchObject({
      transaction: false,
      recipients: { valid: { count: 2 }, invalid: { total: 1, list: ['bad-number'] } },
    });
    const again = await client.PUT('/messages/{id}', {
      params: { path: { id } },
      body: { recipients: '+39-3470000003' },
    });
    expect(again.response.status).toBe(422);
    expect(again.error).toMatchObject({ error: 212 });
    expect(emulator.outbox().map((entry) => entry.text)).toEqual(['Ciao Simone', 'Ciao {{name}}']);
  });

  describe('over HTTP', () => {
    const emulator = testEmulator();
    let server: ListeningServer;
    beforeAll(async () => {
      server = await emulator.listen(0);
    });
    afterAll(() => server.close());

    it('works with the base URL the CLI prints', async () => {
      const client = createGatewaySmsClient({
        token: gatewayToken,
        baseUrl: `${server.url}/gateway-sms`,
        validate: true,
      });
      const sent = await client.POST('/messages/', {
        body: {
          test: false,
          priority: 1,
          transaction: false,
          sender: 'alberto',
          body: 'hello',
          recipients: '+39-3470000001',
        },
      });
      expect(sent.response.status).toBe(201);
      const list = await client.GET('/messages/');
      expect(list.data?.data).toHaveLength(1);
      const recipients = await client.GET('/messages/{id}/recipients/', {
        params: { path: { id: sent.data?.data[0]?.id as string } },
      });
      expect(recipients.data?.data[0]).toMatchObject({
        number: '+39-3470000001',
        state: 'DELIVERED',
      });
    });
  });
});

describe('2SMS through the client', () => {
  it.each(['json', 'xml'] as const)(
    'logs in, sends, updates and views in process (%s)',
    async (format) => {
      const emulator = testEmulator();
      const client = createTwoSmsClient(
        { clientId, clientSecret },
        { host: 'portal.2sms.us', fetch: emulator.fetch, format, validate: true },
      );
      const sent = await client.POST('/api/v2/sms/messages', {
        body: {
          Contacts: { QuickRecipients: { '+12345678901': 2 } },
          Content: 'Standard Send Test',
          Options: { Reads: 2 },
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
      expect(updated.response.status).toBe(200);
      expect(updated.response.headers.get('content-type')).toContain(
        format === 'xml' ? 'xml' : 'json',
      );
      expect(updated.data?.ResponseData?.Detail).toMatchObject({
        NoOfContacts: '2',
        MessageText: 'Updated text',
      });
      const contactId = emulator.outbox('twosms')[0]?.viewToken as string;
      const view = await client.GET('/api/v1/sms/messages/{messageID}', {
        params: { path: { messageID: id }, query: { contactId } },
      });
      expect(view.data?.ResponseData?.Detail).toMatchObject({
        Message: 'Updated text',
        ReadsRemaining: '1',
      });
    },
  );

  it('renews its token after the emulator’s clock passes the expiry', async () => {
    const emulator = testEmulator();
    const client = createTwoSmsClient(
      { clientId, clientSecret },
      { host: 'portal.2sms.com', fetch: emulator.fetch },
    );
    const report = () =>
      client.GET('/api/v1/reports/messages', {
        params: { query: { 'paging.Page': 1, 'paging.NoOfRecords': 10 } },
      });
    expect((await report()).response.status).toBe(200);
    emulator.advanceClock(9 * 60 * 60 * 1000);
    expect((await report()).response.status).toBe(200);
  });
});
