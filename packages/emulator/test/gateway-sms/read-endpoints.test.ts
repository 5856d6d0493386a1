import { describe, expect, it } from 'vitest';
import { callGateway, createMessage, startTime, testEmulator } from '../support/gateway.ts';

describe('Gateway SMS list, get and recipients', () => {
  it('answers 404 with error 203 for an empty list, then lists messages newest first', async () => {
    const emulator = testEmulator();
    const empty = await callGateway(emulator, 'listMessages', 'GET', '/messages/');
    expect(empty.status).toBe(404);
    expect(empty.body.error).toBe(203);
    const first = await createMessage(emulator, { recipients: '+39-3470000001', sender: 'first' });
    const second = await createMessage(emulator, {
      recipients: '+39-3470000002',
      sender: 'second',
    });
    const list = await callGateway(emulator, 'listMessages', 'GET', '/messages/');
    expect(list.body.message).toBe('2 Results');
    expect(list.body.data).toEqual([
      { sender: 'second', timestamp: String(startTime), id: second.id },
      { sender: 'first', timestamp: String(startTime), id: first.id },
    ]);
  });

  it('gets one message, and answers 406 (errors 202) for malformed and unknown ids', async () => {
    const emulator = testEmulator();
    const { id } = await createMessage(emulator, { recipients: '+39-3470000001' });
    const one = await callGateway(emulator, 'getMessage', 'GET', `/messages/${id}`);
    expect(one.body.data[0].id).toBe(id);
    for (const bad of ['nope', '000000000000000000000000']) {
      const call = await callGateway(emulator, 'getMessage', 'GET', `/messages/${bad}`);
      expect(call.status).toBe(406);
      expect(call.body.error).toBe(202);
    }
  });

  it('moves a scheduled message to sent (state 2, DELIVERED recipients) when the clock passes its date', async () => {
    const emulator = testEmulator();
    const { id } = await createMessage(emulator, {
      recipients: ['+39-3470000001', '+39-3470000002'],
      options: { timestamp_send: '16-01-2030' },
    });
    const before = await callGateway(emulator, 'getMessage', 'GET', `/messages/${id}`);
    expect(before.body.data[0]).toMatchObject({ state: 0, statistics: { sent: 0, delivered: 0 } });
    const pending = await callGateway(
      emulator,
      'getRecipient',
      'GET',
      `/messages/${id}/recipients/+39-3470000001`,
    );
    expect(pending.body.data[0]).toMatchObject({ state: 'PENDING', sms: 1 });

    emulator.advanceClock(24 * 60 * 60 * 1000);
    const after = await callGateway(emulator, 'getMessage', 'GET', `/messages/${id}`);
    expect(after.body.data[0]).toMatchObject({
      state: 2,
      statistics: { sent: 2, delivered: 2, total: 2 },
    });
    const recipients = await callGateway(
      emulator,
      'listRecipients',
      'GET',
      `/messages/${id}/recipients/`,
    );
    expect(recipients.body.data).toHaveLength(2);
    expect(recipients.body.data[1]).toMatchObject({
      number: '+39-3470000002',
      prefix: '+39',
      send_id: `${id}_1`,
      i: 1,
      state: 'DELIVERED',
      state_description: 'DELIVERED_TO_HANDSET',
      report: { to: '393470000002', smsCount: 1 },
    });
    expect(emulator.outbox().every((e) => e.status === 'sent')).toBe(true);
  });

  it('answers 404 with error 203 for a recipient the message does not have', async () => {
    const emulator = testEmulator();
    const { id } = await createMessage(emulator, { recipients: '+39-3470000001' });
    const call = await callGateway(
      emulator,
      'getRecipient',
      'GET',
      `/messages/${id}/recipients/+39-3479999999`,
    );
    expect(call.status).toBe(404);
    expect(call.body.error).toBe(203);
    const malformed = await callGateway(
      emulator,
      'listRecipients',
      'GET',
      '/messages/bad/recipients/',
    );
    expect(malformed.status).toBe(406);
    expect(malformed.body.error).toBe(202);
  });
});
