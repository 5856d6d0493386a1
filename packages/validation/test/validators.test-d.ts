// The generated modules' types, as a consumer sees them (vitest typecheck).

import type { components } from '@sms-contracts/types/gateway-sms';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import { describe, expectTypeOf, it } from 'vitest';
import { operations, schemas } from '../src/gateway-sms.gen.ts';
import { schemas as twoSmsSchemas } from '../src/twosms.gen.ts';

describe('generated validator types', () => {
  it('are Standard Schema v1 objects with the generated output type', () => {
    expectTypeOf(schemas.PutBodyMessage).toExtend<
      StandardSchemaV1<unknown, components['schemas']['PutBodyMessage']>
    >();
  });

  it('validate synchronously, narrowing on issues', () => {
    const result = schemas.PutBodyMessage['~standard'].validate({});
    if (result.issues) {
      expectTypeOf(result.issues[0]?.path).toEqualTypeOf<
        readonly (string | number)[] | undefined
      >();
    } else {
      expectTypeOf(result.value).toEqualTypeOf<components['schemas']['PutBodyMessage']>();
    }
    // @ts-expect-error -- the result is no Promise
    void result.then;
  });

  it('narrow with is and assert', () => {
    const value: unknown = {};
    if (schemas.ErrorResponse.is(value))
      expectTypeOf(value).toEqualTypeOf<components['schemas']['ErrorResponse']>();
    const body: unknown = {};
    schemas.PutBodyMessage.assert(body);
    expectTypeOf(body.recipients).toEqualTypeOf<
      components['schemas']['PutBodyMessage']['recipients']
    >();
  });

  it('offer operation validators by operationId, status and media type', () => {
    expectTypeOf(operations.updateMessage.requestBody['application/json']).toExtend<
      StandardSchemaV1<unknown, components['schemas']['PutBodyMessage']>
    >();
    // @ts-expect-error -- no such operation
    void operations.noSuchOperation;
    // @ts-expect-error -- a schema of the other API
    void schemas.MessageDetails;
    void twoSmsSchemas.MessageDetails;
  });
});
