import { describe, expect, it } from 'vitest';
import { callGateway, testEmulator } from '../support/gateway.ts';

describe('Gateway SMS bearer auth', () => {
  it.each([
    ['no Authorization header', null],
    ['an unknown token', 'not-a-token'],
  ])('answers 401 in the envelope for %s', async (_case, token) => {
    const emulator = testEmulator();
    const call = await callGateway(emulator, 'listMessages', 'GET', '/messages/', { token });
    expect(call.status).toBe(401);
    expect(call.body).toMatchObject({ success: false, data: null, error: 401 });
  });

  it('refuses a write without a token and changes nothing', async () => {
    const emulator = testEmulator();
    const call = await callGateway(emulator, 'sendMessage', 'POST', '/messages/', {
      token: null,
      body: { sender: 'alberto', body: 'hi', recipients: '+39-3478569987' },
    });
    expect(call.status).toBe(401);
    expect(emulator.credit().gatewaySms).toBe(100);
    expect(emulator.outbox()).toEqual([]);
  });

  it('accepts a token configured in the options', async () => {
    const emulator = testEmulator({ gatewaySms: { tokens: ['team-token'] } });
    const accepted = await callGateway(emulator, 'listMessages', 'GET', '/messages/', {
      token: 'team-token',
    });
    expect(accepted.status).toBe(404); // authorized; no message yet
    const refused = await callGateway(emulator, 'listMessages', 'GET', '/messages/');
    expect(refused.status).toBe(401);
  });
});
