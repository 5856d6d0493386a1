import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../src/index.ts';
import { callGateway, createMessage, startTime, testEmulator } from './support/gateway.ts';
import { accessToken, callTwoSms, sendTwoSms } from './support/twosms.ts';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'sms-emulator-state-'));
}

describe('state', () => {
  it('lives in memory only by default: a new emulator starts empty', async () => {
    const first = testEmulator();
    await createMessage(first, { recipients: '+39-3470000001' });
    const second = testEmulator();
    expect(second.outbox()).toEqual([]);
  });

  it('persists both APIs, credit, tokens and the clock with stateFile, and loads them back', async () => {
    const file = join(scratch(), 'state.json');
    const first = testEmulator({ stateFile: file });
    const { id } = await createMessage(first, { recipients: '+39-3470000001', transaction: true });
    const token = await accessToken(first);
    const sent = await sendTwoSms(first, token, {
      Contacts: { QuickRecipients: { '+12345678901': 2 } },
      Content: 'kept',
    });
    first.advanceClock(5000);
    await first.flush();

    const second = testEmulator({ stateFile: file });
    const put = await callGateway(second, 'updateMessage', 'PUT', `/messages/${id}`, {
      body: { recipients: '+39-3470000002', transaction: false },
    });
    expect(put.body.data.recipients.valid.count).toBe(2);
    expect(second.credit().gatewaySms).toBeCloseTo(100 - 2 * 0.0315, 10);
    expect(second.clock()).toEqual({
      now: new Date(startTime + 5000).toISOString(),
      offsetMs: 5000,
    });
    const view = await callTwoSms(
      second,
      'getMessageView',
      'GET',
      `/api/v1/sms/messages/${sent.id}?contactId=${second.outbox('twosms')[0]?.viewToken}`,
      { token },
    );
    expect(view.body.ResponseData.Detail.Message).toBe('kept');
  });

  it('writes atomically: no temporary file is left, and the file is always whole JSON', async () => {
    const dir = scratch();
    const file = join(dir, 'state.json');
    const emulator = testEmulator({ stateFile: file });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        createMessage(emulator, { recipients: `+39-34700000${String(i).padStart(2, '0')}` }),
      ),
    );
    await emulator.flush();
    expect(readdirSync(dir)).toEqual(['state.json']);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.gatewaySms.messages).toHaveLength(20);
  });

  it('refuses a state file that is not the emulator’s, naming it', () => {
    const file = join(scratch(), 'state.json');
    writeFileSync(file, '{"hello": 1}');
    expect(() => createEmulator({ stateFile: file })).toThrow(
      `state file ${file}: not an sms-emulator state`,
    );
    writeFileSync(file, '{');
    expect(() => createEmulator({ stateFile: file })).toThrow(/not JSON/);
  });
});
