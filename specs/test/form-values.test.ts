import { describe, expect, it } from 'vitest';
import { formExampleValue } from '../src/examples/form-values.ts';

const schema = {
  type: 'object',
  properties: {
    To: { type: 'string' },
    MaxPrice: { type: 'number' },
    ValidityPeriod: { type: 'integer' },
    SmartEncoded: { type: 'boolean' },
    MediaUrl: { type: 'array', items: { type: 'string' } },
    Attempts: { type: ['integer', 'null'] },
  },
};

describe('formExampleValue: form fields as the schema reads them', () => {
  it.each([
    {
      given: 'To=%2B15558675310&MaxPrice=0.5&ValidityPeriod=60&SmartEncoded=true',
      want: { To: '+15558675310', MaxPrice: 0.5, ValidityPeriod: 60, SmartEncoded: true },
    },
    {
      given: 'MediaUrl=https%3A%2F%2Fa.example%2F1.png&MediaUrl=https%3A%2F%2Fa.example%2F2.png',
      want: { MediaUrl: ['https://a.example/1.png', 'https://a.example/2.png'] },
    },
    { given: 'MediaUrl=one', want: { MediaUrl: ['one'] } },
    { given: { ValidityPeriod: '60', To: '123' }, want: { ValidityPeriod: 60, To: '123' } },
    { given: 'ValidityPeriod=soon', want: { ValidityPeriod: 'soon' } },
    { given: 'SmartEncoded=yes', want: { SmartEncoded: 'yes' } },
    { given: 'Attempts=', want: { Attempts: null } },
    { given: 'Unknown=1', want: { Unknown: '1' } },
  ])('$given', ({ given, want }) => {
    expect(formExampleValue(given, schema)).toEqual(want);
  });
});
