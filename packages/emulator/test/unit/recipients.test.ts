import { describe, expect, it } from 'vitest';
import { classifyRecipients, prefixOf } from '../../src/gateway-sms/recipients.ts';

describe('classifyRecipients', () => {
  it.each([
    { given: '+39-3478569987', valid: ['+39-3478569987'], invalid: [] },
    { given: '+1-5551234', valid: ['+1-5551234'], invalid: [] },
    { given: '3478569987', valid: [], invalid: ['3478569987'] },
    { given: '+393478569987', valid: [], invalid: ['+393478569987'] },
    { given: '+39-349xxxxx18', valid: [], invalid: ['+39-349xxxxx18'] },
    { given: '+39 347 8569987', valid: [], invalid: ['+39 347 8569987'] },
    {
      given: ['+39-3470000001', '+39-3470000001', 'x', 'x'],
      valid: ['+39-3470000001'],
      invalid: ['x', 'x'],
    },
    {
      given: { number: '+44-7700900123', fields: { a: 'b' } },
      valid: ['+44-7700900123'],
      invalid: [],
    },
  ])('$given', ({ given, valid, invalid }) => {
    const result = classifyRecipients(given);
    expect(result.valid.map((r) => r.number)).toEqual(valid);
    expect(result.invalid).toEqual(invalid);
  });

  it('keeps the fields of the first occurrence of a number', () => {
    const result = classifyRecipients([
      { number: '+39-3470000001', fields: { name: 'first' } },
      { number: '+39-3470000001', fields: { name: 'second' } },
    ]);
    expect(result.valid).toEqual([{ number: '+39-3470000001', fields: { name: 'first' } }]);
  });

  it('reads the prefix of a valid number', () => {
    expect(prefixOf('+39-3478569987')).toBe('+39');
  });
});
