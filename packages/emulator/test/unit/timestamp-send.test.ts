import { describe, expect, it } from 'vitest';
import { parseTimestampSend } from '../../src/gateway-sms/timestamp-send.ts';

describe('parseTimestampSend', () => {
  it.each([
    { given: '2018-05-20', want: Date.UTC(2018, 4, 20) },
    { given: '20-05-2018', want: Date.UTC(2018, 4, 20) },
    { given: '2018-5-2', want: Date.UTC(2018, 4, 2) },
    { given: '1564752494920', want: 1564752494920 },
    { given: '2018-02-31', want: undefined },
    { given: '2018/05/20', want: undefined },
    { given: 'tomorrow', want: undefined },
    { given: '2018-05-20T10:00', want: undefined },
  ])('$given → $want', ({ given, want }) => {
    expect(parseTimestampSend(given)).toBe(want);
  });
});
