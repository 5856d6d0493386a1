import { describe, expectTypeOf, it } from 'vitest';
import type {
  DataResponseDetails,
  paths,
  RecipientsResponseDetails,
  UpdateMessageRequestBody,
  UpdateMessageResponse,
} from '../src/gateway-sms.gen.ts';

describe('gateway-sms types', () => {
  it('types the seed PUT body: recipients required, transaction optional', () => {
    expectTypeOf<UpdateMessageRequestBody>().toHaveProperty('recipients');
    const close: UpdateMessageRequestBody = { recipients: ['+39-3478569987'], transaction: false };
    const withFields: UpdateMessageRequestBody = {
      recipients: { number: '+39-3478569987', fields: { name: 'simone', surname: 'rossi' } },
    };
    expectTypeOf(close).toEqualTypeOf<UpdateMessageRequestBody>();
    expectTypeOf(withFields).toEqualTypeOf<UpdateMessageRequestBody>();
    // @ts-expect-error recipients is required
    const missing: UpdateMessageRequestBody = { transaction: true };
    // @ts-expect-error transaction is a boolean, not a string
    const wrongType: UpdateMessageRequestBody = { recipients: '+39-1', transaction: 'false' };
    // @ts-expect-error a recipient number is a string, not a number
    const numeric: UpdateMessageRequestBody = { recipients: { number: 393478569987 } };
    void [missing, wrongType, numeric];
  });

  it('types DataResponseDetails with the seed types', () => {
    expectTypeOf<NonNullable<DataResponseDetails['price']>>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<DataResponseDetails['state']>>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<DataResponseDetails['id']>>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<RecipientsResponseDetails['invalid']>>().toHaveProperty('list');
    expectTypeOf<DataResponseDetails>().not.toHaveProperty('recipient_count');
  });

  it('keys the PUT success response by the path and status', () => {
    type Put = paths['/messages/{id}']['put'];
    expectTypeOf<Put['parameters']['path']>().toEqualTypeOf<{ id: string }>();
    expectTypeOf<UpdateMessageResponse>().toHaveProperty('data');
  });
});
