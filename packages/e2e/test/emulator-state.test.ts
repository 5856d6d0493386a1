// Emulator rules seen through the clients, beyond what every-operation.test.ts covers: a
// transaction's recipient fields and invalid numbers, and a 2SMS token expiring on the emulator's
// clock. The clients validate both ways; the emulator checks its answers against the spec.
import { createGatewaySmsClient } from '@sms-contracts/client/gateway-sms';
import { createTwoSmsClient } from '@sms-contracts/client/twosms';
import { describe, expect, it } from 'vitest';
import { startEmulator } from './support/emulator.ts';

const startTime = Date.UTC(2030, 0, 15, 9, 0, 0);
/** An emulator on a fixed clock that only moves when a test advances it. */
const emulatorAtStartTime = () => startEmulator({ clock: { now: () => startTime } });

describe('Gateway SMS through the client', () => {
  it('fills recipient fields, lists invalid numbers and closes the transaction in process', async () => {
    const emulator = emulatorAtStartTime();
    const client = createGatewaySmsClient({
      token: emulator.credentials().gatewaySms.tokens[0] as string,
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
    expect(emulator.outbox().map((entry) => entry.text)).toEqual(['Ciao Simone', 'Ciao {{name}}']);
  });
});

describe('2SMS through the client', () => {
  it('renews its token after the emulator’s clock passes the expiry', async () => {
    const emulator = emulatorAtStartTime();
    const client = createTwoSmsClient(
      emulator.credentials().twosms.clients[0] as { clientId: string; clientSecret: string },
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
