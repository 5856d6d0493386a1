import { describe, expect, it } from 'vitest';
import { callGateway, createMessage, testEmulator } from '../support/gateway.ts';

describe('DELETE /messages/{id}', () => {
  it('cancels an open transaction without refunding its credit', async () => {
    const emulator = testEmulator({ gatewaySms: { credit: 10, pricePerSms: 1 } });
    const { id } = await createMessage(emulator, {
      recipients: ['+39-3470000001'],
      transaction: true,
    });
    const deleted = await callGateway(emulator, 'deleteMessage', 'DELETE', `/messages/${id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ data: [], message: `${id} Deleted`, success: true });
    expect(emulator.credit().gatewaySms).toBe(9);
    expect(emulator.outbox()).toEqual([]);
    const gone = await callGateway(emulator, 'deleteMessage', 'DELETE', `/messages/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error).toBe(219);
  });

  it('answers 422 with error 221 once the message is queued (scheduled or sent)', async () => {
    const emulator = testEmulator();
    const scheduled = await createMessage(emulator, {
      recipients: '+39-3470000001',
      options: { timestamp_send: '2031-01-01' },
    });
    const sent = await createMessage(emulator, { recipients: '+39-3470000002' });
    for (const { id } of [scheduled, sent]) {
      const call = await callGateway(emulator, 'deleteMessage', 'DELETE', `/messages/${id}`);
      expect(call.status).toBe(422);
      expect(call.body.error).toBe(221);
    }
    expect(emulator.outbox()).toHaveLength(2);
  });

  it('answers 406 with error 218 for a malformed id', async () => {
    const emulator = testEmulator();
    const call = await callGateway(emulator, 'deleteMessage', 'DELETE', '/messages/xyz');
    expect(call.status).toBe(406);
    expect(call.body.error).toBe(218);
  });
});
