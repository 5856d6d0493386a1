import { describe, expect, it } from 'vitest';
import { callGateway, createMessage, testEmulator } from '../support/gateway.ts';

describe('Gateway SMS prices and credit', () => {
  it('prices base_price per segment and price with the priority applied', async () => {
    const emulator = testEmulator({ gatewaySms: { pricePerSms: 0.0315 } });
    const { call } = await createMessage(emulator, {
      recipients: ['+39-3470000001', '+39-3470000002', '+39-3470000003', '+39-3470000004'],
      priority: 1.5,
    });
    const data = call.body.data[0];
    expect(data.statistics.sms_total).toBe(4);
    expect(data.base_price).toBeCloseTo(4 * 0.0315, 10);
    expect(data.price).toBeCloseTo(4 * 0.0315 * 1.5, 10);
  });

  it('prices realtime messages with the realtime multiplier', async () => {
    const emulator = testEmulator({ gatewaySms: { pricePerSms: 0.03, realtimeMultiplier: 1.2 } });
    const { call } = await createMessage(emulator, {
      recipients: '+39-3470000001',
      options: { realtime: true, flash: true },
    });
    expect(call.body.data[0]).toMatchObject({ base_price: 0.03, price: 0.036 });
  });

  it('takes the price from the credit and reports the new credit', async () => {
    const emulator = testEmulator({ gatewaySms: { credit: 10, pricePerSms: 0.5 } });
    const { id, call } = await createMessage(emulator, {
      recipients: ['+39-3470000001', '+39-3470000002'],
      transaction: true,
    });
    expect(call.body.credit).toBe('9');
    const put = await callGateway(emulator, 'updateMessage', 'PUT', `/messages/${id}`, {
      body: { recipients: ['+39-3470000003'] },
    });
    expect(put.body.credit).toBe('8.5');
    expect(emulator.credit().gatewaySms).toBe(8.5);
  });

  it('answers 402 with error 201 when a POST would exceed the credit, and changes nothing', async () => {
    const emulator = testEmulator({ gatewaySms: { credit: 1, pricePerSms: 0.4 } });
    const post = await callGateway(emulator, 'sendMessage', 'POST', '/messages/', {
      body: {
        sender: 'alberto',
        body: 'x',
        recipients: ['+39-3470000001', '+39-3470000002', '+39-3470000003'],
      },
    });
    expect(post.status).toBe(402);
    expect(post.body).toMatchObject({ success: false, error: 201, data: null });
    expect(emulator.credit().gatewaySms).toBe(1);
    const list = await callGateway(emulator, 'listMessages', 'GET', '/messages/');
    expect(list.status).toBe(404);
  });

  it('answers 402 with error 201 when a PUT would exceed the credit, and adds no recipient', async () => {
    const emulator = testEmulator({ gatewaySms: { credit: 1, pricePerSms: 0.4 } });
    const { id } = await createMessage(emulator, {
      recipients: ['+39-3470000001'],
      transaction: true,
    });
    const put = await callGateway(emulator, 'updateMessage', 'PUT', `/messages/${id}`, {
      body: { recipients: ['+39-3470000002', '+39-3470000003'], transaction: false },
    });
    expect(put.status).toBe(402);
    expect(put.body.error).toBe(201);
    const message = await callGateway(emulator, 'getMessage', 'GET', `/messages/${id}`);
    expect(message.body.data[0]).toMatchObject({
      transaction: true,
      recipients: { valid: { count: 1 } },
    });
    expect(emulator.credit().gatewaySms).toBe(0.6);
  });

  it('does not charge test (simulated) messages', async () => {
    const emulator = testEmulator();
    await createMessage(emulator, { recipients: '+39-3470000001', test: true });
    expect(emulator.credit().gatewaySms).toBe(100);
    expect(emulator.outbox()[0]?.test).toBe(true);
  });

  it('sets credit through the control API', async () => {
    const emulator = testEmulator();
    const response = await emulator.fetch('http://emulator.test/__emulator/credit', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ gatewaySms: 0.01 }),
    });
    expect(await response.json()).toMatchObject({ gatewaySms: 0.01 });
    const post = await callGateway(emulator, 'sendMessage', 'POST', '/messages/', {
      body: { sender: 'alberto', body: 'x', recipients: '+39-3470000001' },
    });
    expect(post.status).toBe(402);
  });
});
