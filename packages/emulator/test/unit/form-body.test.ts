import { describe, expect, it } from 'vitest';
import { decodeForm } from '../../src/twosms/form-body.ts';
import { shapes } from '../../src/twosms/xml-tables.ts';

describe('decodeForm (MessageDetails)', () => {
  const shape = { kind: 'ref', name: 'MessageDetails' } as const;
  it.each([
    { given: 'messageId=abc', want: { messageId: 'abc' } },
    { given: 'MESSAGEID=abc', want: { messageId: 'abc' } },
    {
      given: 'AdditionalContactID=18&NoOfReads=2',
      want: { AdditionalContactID: 18, NoOfReads: 2 },
    },
    {
      given: 'DeliveryReceipt=true&SmsReadReceipt=False',
      want: { DeliveryReceipt: true, SmsReadReceipt: false },
    },
    { given: 'AuthenticationMethod=ANONYMOUS', want: { AuthenticationMethod: 0 } },
    { given: 'AuthenticationMethod=3', want: { AuthenticationMethod: 3 } },
    { given: 'AdditionalContactID=eighteen', want: { AdditionalContactID: 'eighteen' } },
    { given: 'Content=a+b%26c', want: { Content: 'a b&c' } },
    { given: 'Unknown=1', want: { Unknown: '1' } },
  ])('$given', ({ given, want }) => {
    expect(decodeForm(given, shape, shapes)).toEqual(want);
  });
});
