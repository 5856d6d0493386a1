import { describe, expect, it } from 'vitest';
import { callGateway, createMessage, testEmulator } from '../support/gateway.ts';

describe('Gateway SMS recipients', () => {
  it('lists and counts numbers not in "+<prefix>-<number>" form as invalid, without rejecting', async () => {
    const emulator = testEmulator();
    const { call } = await createMessage(emulator, {
      recipients: ['+39-3478569987', '3478569987', '+393478569988', { number: '0039-347' }],
    });
    expect(call.status).toBe(201);
    expect(call.body.data[0].recipients).toEqual({
      valid: { count: 1 },
      invalid: { total: 3, list: ['3478569987', '+393478569988', '0039-347'] },
    });
    expect(call.body.data[0].statistics.total).toBe(1);
  });

  it('counts a number once however often it is sent, across POST and PUTs', async () => {
    const emulator = testEmulator();
    const { id } = await createMessage(emulator, {
      recipients: ['+39-3470000001', '+39-3470000001', { number: '+39-3470000002' }],
      transaction: true,
    });
    const put = await callGateway(emulator, 'updateMessage', 'PUT', `/messages/${id}`, {
      body: { recipients: ['+39-3470000002', '+39-3470000003'], transaction: false },
    });
    expect(put.body.data.recipients.valid.count).toBe(3);
    expect(put.body.data.statistics).toMatchObject({ total: 3, sms_total: 3 });
    expect(emulator.outbox().map((e) => e.to)).toEqual([
      '+39-3470000001',
      '+39-3470000002',
      '+39-3470000003',
    ]);
  });

  it('fills {{field}} placeholders per recipient from its fields', async () => {
    const emulator = testEmulator();
    const { id } = await createMessage(emulator, {
      body: 'Ciao {{name}} {{surname}}, codice {{code}}',
      recipients: [
        { number: '+39-3470000001', fields: { name: 'simone', surname: 'rossi', code: '11' } },
        { number: '+39-3470000002', fields: { name: 'anna' } },
      ],
    });
    expect(emulator.outbox().map((e) => e.text)).toEqual([
      'Ciao simone rossi, codice 11',
      // A field the recipient lacks stays visible rather than vanishing.
      'Ciao anna {{surname}}, codice {{code}}',
    ]);
    const recipients = await callGateway(
      emulator,
      'listRecipients',
      'GET',
      `/messages/${id}/recipients/`,
    );
    expect(recipients.body.data.map((r: { body: string }) => r.body)).toEqual(
      emulator.outbox().map((e) => e.text),
    );
  });

  it('counts segments per rendered text: GSM-7 up to 160, UCS-2 up to 70, then concatenated', async () => {
    const emulator = testEmulator();
    const gsm160 = 'a'.repeat(160);
    await createMessage(emulator, {
      body: '{{t}}',
      recipients: [
        { number: '+39-3470000001', fields: { t: gsm160 } },
        { number: '+39-3470000002', fields: { t: `${gsm160}b` } },
        { number: '+39-3470000003', fields: { t: 'Привет' } },
        { number: '+39-3470000004', fields: { t: 'Ж'.repeat(71) } },
      ],
    });
    expect(emulator.outbox().map((e) => [e.encoding, e.segments])).toEqual([
      ['GSM-7', 1],
      ['GSM-7', 2],
      ['UCS-2', 1],
      ['UCS-2', 2],
    ]);
  });

  it('reports sms_total as the sum of the recipients’ segments', async () => {
    const emulator = testEmulator();
    const { call } = await createMessage(emulator, {
      body: 'Hello {{name}}',
      recipients: [
        { number: '+39-3470000001', fields: { name: 'x'.repeat(200) } }, // 2 segments
        { number: '+39-3470000002', fields: { name: 'Zoë' } }, // UCS-2 (ë is not in GSM 03.38), 1 segment
      ],
    });
    expect(call.body.data[0].statistics).toMatchObject({ total: 2, sms_total: 3 });
  });
});
