import { describe, expect, it } from 'vitest';
import { schemaTypeNames, TypeNameRegistry, typeNameOf } from '../src/type-names.ts';

describe('typeNameOf', () => {
  it.each([
    { given: 'PutBodyMessage', want: 'PutBodyMessage' },
    { given: 'messaging.v1.service.alpha_sender', want: 'MessagingV1ServiceAlphaSender' },
    { given: 'api.v2010.account', want: 'ApiV2010Account' },
    { given: 'Email-to-SMS_Allowed_Address_-_Object', want: 'EmailToSMSAllowedAddressObject' },
    { given: 'send-an-sms', want: 'SendAnSms' },
    { given: 'Get account', want: 'GetAccount' },
    { given: '2fa', want: '_2fa' },
    { given: 'résumé', want: 'RSum' },
    { given: '$', want: 'Schema' },
  ])('$given → $want', ({ given, want }) => {
    expect(typeNameOf(given)).toBe(want);
  });
});

describe('TypeNameRegistry', () => {
  it('suffixes collisions in the order names are claimed, deterministically', () => {
    const given = ['a.b', 'A_B', 'AB', 'a-b', 'AB2'];
    const want = ['AB', 'AB2', 'AB3', 'AB4', 'AB22'];
    expect([...schemaTypeNames(given).values()]).toEqual(want);
    expect([...schemaTypeNames(given).values()]).toEqual(want);
  });

  it.each(['Record', 'NonNullable', 'WithRequired', 'Omit'])(
    'never hands out %s, which the types module uses',
    (name) => {
      expect(new TypeNameRegistry().claim(name)).toBe(`${typeNameOf(name)}2`);
    },
  );
});
