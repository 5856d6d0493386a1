import { describe, expect, it } from 'vitest';
import type { Emulator } from '../src/index.ts';
import { createMessage, startTime, testEmulator } from './support/gateway.ts';
import { accessToken, sendTwoSms } from './support/twosms.ts';

async function control(emulator: Emulator, method: string, path: string, body?: unknown) {
  // State changes are JSON: the control API refuses any other content type for them.
  const response = await emulator.fetch(`http://emulator.test/__emulator${path}`, {
    method,
    ...(method === 'GET' ? {} : { headers: { 'content-type': 'application/json' } }),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
}

describe('control API under /__emulator', () => {
  it('shows the credentials, credit and clock', async () => {
    const emulator = testEmulator();
    const info = await control(emulator, 'GET', '/');
    expect(info.body).toEqual({
      credentials: {
        gatewaySms: { tokens: ['sms-emulator-gateway-token'] },
        twosms: {
          clients: [{ clientId: 'sms-emulator-client', clientSecret: 'sms-emulator-secret' }],
        },
      },
      credit: { gatewaySms: 100, twosms: 1000 },
      clock: { now: new Date(startTime).toISOString(), offsetMs: 0 },
    });
  });

  it('resets state, credit, clock and tokens', async () => {
    const emulator = testEmulator();
    await createMessage(emulator, { recipients: '+39-3470000001' });
    const token = await accessToken(emulator);
    await sendTwoSms(emulator, token, {
      Contacts: { QuickRecipients: { '+12345678901': 2 } },
      Content: 'x',
    });
    emulator.advanceClock(1000);
    const reset = await control(emulator, 'POST', '/reset');
    expect(reset.body).toMatchObject({
      reset: true,
      credit: { gatewaySms: 100, twosms: 1000 },
      clock: { offsetMs: 0 },
    });
    expect(emulator.outbox()).toEqual([]);
    const response = await emulator.fetch(
      'http://emulator.test/twosms/api/v1/reports/messages?paging.Page=1&paging.NoOfRecords=1',
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    expect(response.status).toBe(401);
  });

  it('sets credit per API and refuses what is not a number >= 0', async () => {
    const emulator = testEmulator();
    expect((await control(emulator, 'PUT', '/credit', { twosms: 5 })).body).toEqual({
      gatewaySms: 100,
      twosms: 5,
    });
    const bad = await control(emulator, 'PUT', '/credit', { gatewaySms: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toContain('/body/gatewaySms');
    expect((await control(emulator, 'PUT', '/credit', {})).status).toBe(400);
  });

  it('advances the clock by ms or seconds, never backwards', async () => {
    const emulator = testEmulator();
    const moved = await control(emulator, 'POST', '/clock/advance', { seconds: 90 });
    expect(moved.body).toEqual({
      now: new Date(startTime + 90_000).toISOString(),
      offsetMs: 90_000,
    });
    expect((await control(emulator, 'POST', '/clock/advance', { ms: -5 })).status).toBe(400);
    expect((await control(emulator, 'GET', '/clock')).body.offsetMs).toBe(90_000);
  });

  it('marks a 2SMS message read, with 404 for unknown messages and 409 before it is sent', async () => {
    const emulator = testEmulator();
    const token = await accessToken(emulator);
    const { id } = await sendTwoSms(emulator, token, {
      Contacts: { QuickRecipients: { '+12345678901': 2 } },
      Content: 'x',
    });
    const read = await control(emulator, 'POST', `/twosms/messages/${id}/reads`, {
      contact: '+12345678901',
    });
    expect(read.body).toEqual({ ok: true, messageId: id, contact: '+12345678901', reads: 1 });
    expect(
      (await control(emulator, 'POST', '/twosms/messages/nope/reads', { contact: '+1' })).status,
    ).toBe(404);
    const later = await sendTwoSms(emulator, token, {
      Contacts: { QuickRecipients: { '+12345678901': 2 } },
      Content: 'y',
      Options: { DateToSend: '2031-01-01T00:00:00Z' },
    });
    expect(
      (
        await control(emulator, 'POST', `/twosms/messages/${later.id}/reads`, {
          contact: '+12345678901',
        })
      ).status,
    ).toBe(409);
    expect((await control(emulator, 'POST', `/twosms/messages/${id}/reads`, {})).status).toBe(400);
  });

  it('lists what would have been sent, per API, with rendered texts and segment counts', async () => {
    const emulator = testEmulator();
    await createMessage(emulator, {
      body: 'Hi {{n}}',
      recipients: [{ number: '+39-3470000001', fields: { n: 'Ada' } }],
    });
    const token = await accessToken(emulator);
    await sendTwoSms(emulator, token, {
      Contacts: { QuickRecipients: { '+12345678901': 2 } },
      Content: 'Привет',
    });
    const all = await control(emulator, 'GET', '/outbox');
    expect(
      all.body.entries.map(
        (e: { api: string; text: string; encoding: string; segments: number }) => [
          e.api,
          e.text,
          e.encoding,
          e.segments,
        ],
      ),
    ).toEqual([
      ['gateway-sms', 'Hi Ada', 'GSM-7', 1],
      ['twosms', 'Привет', 'UCS-2', 1],
    ]);
    expect((await control(emulator, 'GET', '/outbox?api=twosms')).body.entries).toHaveLength(1);
    expect((await control(emulator, 'GET', '/outbox?api=other')).status).toBe(400);
  });

  it('answers errors as JSON: 404 unknown, 415 not JSON, 400 malformed', async () => {
    const emulator = testEmulator();
    expect((await control(emulator, 'GET', '/nothing')).status).toBe(404);
    const notJson = await emulator.fetch('http://emulator.test/__emulator/credit', {
      method: 'PUT',
      body: 'x',
    });
    expect(notJson.status).toBe(415);
    const malformed = await emulator.fetch('http://emulator.test/__emulator/credit', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(malformed.status).toBe(400);
    const root = await emulator.fetch('http://emulator.test/elsewhere');
    expect(root.status).toBe(404);
    expect(((await root.json()) as { error: string }).error).toContain('/gateway-sms');
  });
});
