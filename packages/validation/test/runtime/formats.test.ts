import { describe, expect, it } from 'vitest';
import { daysInMonth, isDate, isDateTime, isLeapYear, isUuid } from '../../src/runtime/formats.ts';

describe('isUuid', () => {
  it.each([
    ['a2301eec-c74e-49bd-9715-bcb545c82ea1', true],
    ['A2301EEC-C74E-49BD-9715-BCB545C82EA1', true],
    ['00000000-0000-0000-0000-000000000000', true],
    ['a2301eec-c74e-49bd-9715-bcb545c82ea', false],
    ['a2301eec-c74e-49bd-9715-bcb545c82ea11', false],
    ['a2301eecc74e-49bd-9715-bcb545c82ea1-', false],
    ['g2301eec-c74e-49bd-9715-bcb545c82ea1', false],
    ['{a2301eec-c74e-49bd-9715-bcb545c82ea1}', false],
    ['', false],
  ])('%s → %s', (given, want) => {
    expect(isUuid(given)).toBe(want);
  });
});

describe('isDateTime (RFC 3339)', () => {
  it.each([
    ['2024-02-29T10:00:00Z', true, 'leap day in a leap year'],
    ['2023-02-29T10:00:00Z', false, 'leap day in a common year'],
    ['1900-02-29T10:00:00Z', false, 'century years are common'],
    ['2000-02-29T10:00:00Z', true, 'every 400th year is a leap year'],
    ['2024-04-31T10:00:00Z', false, 'April has 30 days'],
    ['2024-12-31T23:59:59.123456789+01:00', true, 'any number of fraction digits, numeric offset'],
    ['2024-12-31t23:59:59z', true, 'lower-case t and z'],
    ['2024-12-31 23:59:59Z', false, 'a space is not the separator'],
    ['2024-12-31T24:00:00Z', false, 'hour 24'],
    ['2024-12-31T23:60:00Z', false, 'minute 60'],
    ['2024-12-31T23:59:59', false, 'no offset'],
    ['2024-12-31T23:59:59.Z', false, 'empty fraction'],
    ['2024-12-31T23:59:59+0100', false, 'offset without colon'],
    ['2024-12-31T23:59:59+24:00', false, 'offset hour 24'],
    ['2024-13-01T00:00:00Z', false, 'month 13'],
    ['2024-00-01T00:00:00Z', false, 'month 0'],
    ['2024-01-00T00:00:00Z', false, 'day 0'],
    ['sample string 2', false, 'the seed sample'],
    ['２０２４-01-01T00:00:00Z', false, 'non-ASCII digits'],
    ['2016-12-31T23:59:60Z', true, 'a real leap second'],
    ['2016-12-31T15:59:60-08:00', true, 'a real leap second in another zone'],
    ['2015-06-30T23:59:60Z', true, 'a June leap second'],
    ['2017-12-31T23:59:60Z', false, 'no leap second that day'],
    ['2016-12-31T22:59:60Z', false, 'second 60 before the last minute'],
    ['0060-12-31T23:59:60Z', false, 'year 60, not 1960'],
  ])('%s → %s (%s)', (given, want) => {
    expect(isDateTime(given)).toBe(want);
  });
});

describe('isDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-11-31', false],
    ['2023-11-30', true],
    ['20-05-2018', false],
    ['2023-1-01', false],
  ])('%s → %s', (given, want) => {
    expect(isDate(given)).toBe(want);
  });
});

describe('calendar', () => {
  it('knows the Gregorian leap-year rule', () => {
    expect([1996, 2000, 2024].map(isLeapYear)).toEqual([true, true, true]);
    expect([1900, 2023, 2100].map(isLeapYear)).toEqual([false, false, false]);
  });

  it('knows the length of every month', () => {
    expect(Array.from({ length: 12 }, (_, index) => daysInMonth(2023, index + 1))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});
