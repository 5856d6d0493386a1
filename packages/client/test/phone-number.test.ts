import { describe, expect, it } from 'vitest';
import {
  checkRecipient,
  InvalidPhoneNumberError,
  toGatewayRecipient,
} from '../src/phone-number.ts';

describe('toGatewayRecipient', () => {
  it.each([
    // given, options, want
    ['+39 347 856 9987', {}, '+39-3478569987'],
    ['+393478569987', {}, '+39-3478569987'],
    ['347 856 9987', { country: 'IT' }, '+39-3478569987'],
    ['(347) 856-9987', { country: 'IT' }, '+39-3478569987'],
    ['06 1234 5678', { country: 'IT' }, '+39-0612345678'],
    ['+1 (213) 373-4253', {}, '+1-2133734253'],
    ['06 12 34 56 78', { country: 'FR' }, '+33-612345678'],
  ] as const)('%s %j → %s', (input, options, want) => {
    expect(toGatewayRecipient(input, options)).toBe(want);
  });

  it('throws InvalidPhoneNumberError carrying the reason', () => {
    expect(() => toGatewayRecipient('3478569987')).toThrowError(
      expect.objectContaining({ name: 'InvalidPhoneNumberError', reason: 'INVALID_COUNTRY' }),
    );
    expect(() => toGatewayRecipient('+39 347')).toThrowError(InvalidPhoneNumberError);
  });
});

describe('checkRecipient explains why a number is invalid', () => {
  it.each([
    [
      '3478569987',
      {},
      'INVALID_COUNTRY',
      /has no country: write it in E\.164 \(\+39…\) or pass \{ country \}/,
    ],
    ['+999 123456', {}, 'INVALID_COUNTRY', /country calling code no country uses/],
    ['hello', {}, 'NOT_A_NUMBER', /is not a phone number/],
    [
      '+39 347',
      {},
      'TOO_SHORT',
      /3 digits, too short for \+39 \(national numbers have 6–12 digits after \+39\)/,
    ],
    ['+39 3478569987123456', {}, 'TOO_LONG', /16 digits, too long/],
    ['+1 123 456 7890', {}, 'NOT_A_VALID_NUMBER', /matches no number range of \+1/],
    [
      '+39 06 1234 5678',
      { mobileOnly: true },
      'NOT_MOBILE',
      /is a fixed line number of IT, not a mobile one/,
    ],
    [
      '347 856 9987',
      { country: 'XX' },
      'INVALID_COUNTRY',
      /"XX" is not an ISO 3166-1 alpha-2 code/,
    ],
  ] as const)('%s %j → %s', (input, options, reason, message) => {
    const result = checkRecipient(input, options as never);
    expect(result).toMatchObject({ valid: false, reason });
    expect(result.valid === false && result.message).toMatch(message);
  });

  it('reports the number type of a valid number', () => {
    expect(checkRecipient('+39 347 856 9987')).toEqual({
      valid: true,
      recipient: '+39-3478569987',
      e164: '+393478569987',
      country: 'IT',
      type: 'MOBILE',
    });
    expect(checkRecipient('+1 213 373 4253', { mobileOnly: true })).toMatchObject({
      valid: true,
      type: 'FIXED_LINE_OR_MOBILE',
    });
  });
});
