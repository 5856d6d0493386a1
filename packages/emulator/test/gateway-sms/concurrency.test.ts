import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListeningServer } from '../../src/index.ts';
import { gatewayToken, testEmulator } from '../support/gateway.ts';

describe('200 concurrent PUTs on one open transaction', () => {
  const emulator = testEmulator({ gatewaySms: { credit: 1000, pricePerSms: 0.5 } });
  let server: ListeningServer;
  beforeAll(async () => {
    server = await emulator.listen(0);
  });
  afterAll(() => server.close());

  const headers = { authorization: `Bearer ${gatewayToken}`, 'content-type': 'application/json' };

  it('loses no recipient and counts none twice', async () => {
    const created = await fetch(`${server.url}/gateway-sms/messages/`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ sender: 'alberto', body: 'hi', recipients: [], transaction: true }),
    });
    const id = ((await created.json()) as { data: { id: string }[] }).data[0]?.id;

    const count = 200;
    const numbers = Array.from({ length: count }, (_, i) => `+39-347${String(i).padStart(7, '0')}`);
    const statuses = await Promise.all(
      numbers.map(async (number, i) => {
        // Every 10th request also repeats an earlier number: duplicates must not count twice.
        const recipients = i % 10 === 0 && i > 0 ? [number, numbers[i - 1]] : [number];
        const response = await fetch(`${server.url}/gateway-sms/messages/${id}`, {
          method: 'PUT',
          headers,
          body: JSON.stringify({ recipients, transaction: true }),
          signal: AbortSignal.timeout(20_000),
        });
        await response.arrayBuffer();
        return response.status;
      }),
    );
    expect(statuses.every((status) => status === 200)).toBe(true);

    const closed = await fetch(`${server.url}/gateway-sms/messages/${id}`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ recipients: [], transaction: false }),
    });
    const data = (
      (await closed.json()) as {
        data: { recipients: { valid: { count: number } }; statistics: { sms_total: number } };
      }
    ).data;
    expect(data.recipients.valid.count).toBe(count);
    expect(data.statistics.sms_total).toBe(count);
    const sent = emulator.outbox().map((entry) => entry.to);
    expect(new Set(sent).size).toBe(count);
    expect([...sent].sort()).toEqual([...numbers].sort());
    expect(emulator.credit().gatewaySms).toBe(1000 - count * 0.5);
  });
});
