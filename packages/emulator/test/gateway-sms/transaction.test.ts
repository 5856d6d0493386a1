import { describe, expect, it } from 'vitest';
import { callGateway, createMessage, testEmulator } from '../support/gateway.ts';

describe('Gateway SMS transactions (POST then PUT /messages/{id})', () => {
  it('keeps a message with transaction: true open and queues nothing', async () => {
    const emulator = testEmulator();
    const { call } = await createMessage(emulator, {
      recipients: ['+39-3478569987'],
      transaction: true,
    });
    expect(call.body.data[0]).toMatchObject({ transaction: true, state: 0 });
    expect(emulator.outbox()).toEqual([]);
  });

  it('queues a message created without a transaction', async () => {
    const emulator = testEmulator();
    const { id, call } = await createMessage(emulator, { recipients: '+39-3478569987' });
    expect(call.body).toMatchObject({ message: 'Message Queued', success: true, error: null });
    // Queued in the answer, as in the vendor's example; sent at once when read back.
    expect(call.body.data[0]).toMatchObject({
      transaction: false,
      state: 0,
      statistics: { sent: 0 },
    });
    const read = await callGateway(emulator, 'getMessage', 'GET', `/messages/${id}`);
    expect(read.body.data[0]).toMatchObject({ state: 2, statistics: { sent: 1, delivered: 1 } });
    expect(emulator.outbox().map((e) => [e.messageId, e.to, e.status])).toEqual([
      [id, '+39-3478569987', 'sent'],
    ]);
  });

  it('appends recipients while open, then closes and queues on transaction: false', async () => {
    const emulator = testEmulator();
    const { id } = await createMessage(emulator, {
      recipients: ['+39-3470000001'],
      transaction: true,
    });

    const added = await callGateway(emulator, 'updateMessage', 'PUT', `/messages/${id}`, {
      body: { recipients: ['+39-3470000002', '+39-3470000003'], transaction: true },
    });
    expect(added.status).toBe(200);
    expect(added.body.data).toMatchObject({
      transaction: true,
      recipients: { valid: { count: 3 } },
    });
    expect(emulator.outbox()).toEqual([]);

    const closed = await callGateway(emulator, 'updateMessage', 'PUT', `/messages/${id}`, {
      body: { recipients: '+39-3470000004', transaction: false },
    });
    expect(closed.status).toBe(200);
    expect(closed.body.data).toMatchObject({
      transaction: false,
      recipients: { valid: { count: 4 } },
    });
    expect(emulator.outbox().map((e) => e.to)).toEqual([
      '+39-3470000001',
      '+39-3470000002',
      '+39-3470000003',
      '+39-3470000004',
    ]);
  });

  it('keeps the transaction open when a PUT omits `transaction`', async () => {
    const emulator = testEmulator();
    const { id } = await createMessage(emulator, {
      recipients: ['+39-3470000001'],
      transaction: true,
    });
    const put = await callGateway(emulator, 'updateMessage', 'PUT', `/messages/${id}`, {
      body: { recipients: ['+39-3470000002'] },
    });
    expect(put.body.data.transaction).toBe(true);
  });

  it('answers 422 with error 212 for a PUT on a closed message', async () => {
    const emulator = testEmulator();
    const { id } = await createMessage(emulator, { recipients: '+39-3478569987' });
    const put = await callGateway(emulator, 'updateMessage', 'PUT', `/messages/${id}`, {
      body: { recipients: '+39-3470000002' },
    });
    expect(put.status).toBe(422);
    expect(put.body).toMatchObject({ success: false, error: 212, data: null });
    expect(emulator.outbox()).toHaveLength(1);
  });

  it('answers 404 with error 211 for an unknown id and 406 with error 210 for a malformed one', async () => {
    const emulator = testEmulator();
    const unknown = await callGateway(
      emulator,
      'updateMessage',
      'PUT',
      '/messages/5d4436469f272566771c6671',
      {
        body: { recipients: '+39-3478569987' },
      },
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBe(211);
    const malformed = await callGateway(emulator, 'updateMessage', 'PUT', '/messages/not-an-id', {
      body: { recipients: '+39-3478569987' },
    });
    expect(malformed.status).toBe(406);
    expect(malformed.body.error).toBe(210);
  });

  it('moves the send date with options.timestamp_send while open', async () => {
    const emulator = testEmulator();
    const { id } = await createMessage(emulator, {
      recipients: ['+39-3470000001'],
      transaction: true,
    });
    const put = await callGateway(emulator, 'updateMessage', 'PUT', `/messages/${id}`, {
      body: { recipients: [], options: { timestamp_send: '2030-12-25' }, transaction: false },
    });
    expect(put.body.data.options.timestamp_send).toBe(String(Date.UTC(2030, 11, 25)));
    expect(emulator.outbox()[0]).toMatchObject({
      status: 'scheduled',
      sendAt: '2030-12-25T00:00:00.000Z',
    });
  });

  it('refuses a timestamp_send it cannot read, with what it expected', async () => {
    const emulator = testEmulator();
    const post = await callGateway(emulator, 'sendMessage', 'POST', '/messages/', {
      body: {
        sender: 'alberto',
        body: 'x',
        recipients: '+39-3470000001',
        options: { timestamp_send: 'tomorrow' },
      },
    });
    expect(post.status).toBe(422);
    expect(post.body).toMatchObject({ error: 302 });
    expect(post.body.message).toContain('YYYY-MM-DD');
  });

  it('answers 422 with error 302 when a required field is missing', async () => {
    const emulator = testEmulator();
    const post = await callGateway(emulator, 'sendMessage', 'POST', '/messages/', {
      body: { sender: 'alberto', recipients: '+39-3470000001' },
    });
    expect(post.status).toBe(422);
    expect(post.body.error).toBe(302);
    expect(post.body.message).toContain('body');
  });
});
