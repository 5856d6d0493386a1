import type {
  ErrorResponse,
  paths as GatewayPaths,
  UpdateMessageRequestBody,
  UpdateMessageResponse,
} from '@sms-contracts/types/gateway-sms';
import type { paths as TwoSmsPaths } from '@sms-contracts/types/twosms';
import type { Client } from 'openapi-fetch';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createGatewaySmsClient,
  type GatewaySmsClient,
  type NetworkError,
  type RetryOptions,
  type SmsClientError,
  type TimeoutError,
} from '../src/gateway-sms.ts';
import { checkRecipient, toGatewayRecipient } from '../src/phone-number.ts';
import { countSegments, type SegmentCount } from '../src/sms-segments.ts';
import { createTwoSmsClient, type TwoSmsClient, type TwoSmsHost } from '../src/twosms.ts';
import { decodeXml, encodeXml, type XmlBody } from '../src/xml/index.ts';

describe('createGatewaySmsClient', () => {
  const client = createGatewaySmsClient({ token: 't', environment: 'sandbox' });

  it('returns the typed openapi-fetch client', () => {
    expectTypeOf(client).toEqualTypeOf<GatewaySmsClient>();
    expectTypeOf(client).toEqualTypeOf<Client<GatewayPaths, 'application/json'>>();
  });

  it('types params, body, data and the error bodies per status', async () => {
    const body: UpdateMessageRequestBody = { recipients: ['+39-3478569987'], transaction: false };
    const { data, error } = await client.PUT('/messages/{id}', {
      params: { path: { id: 'abc' } },
      body,
    });
    // 200 and 201 share one body: data is that body, both ways assignable.
    expectTypeOf<NonNullable<typeof data>>().toExtend<UpdateMessageResponse>();
    expectTypeOf<UpdateMessageResponse>().toExtend<NonNullable<typeof data>>();
    // The union of the error bodies the spec gives for 400, 401, 402, 404, 406 and 422.
    expectTypeOf(error).not.toBeAny();
    expectTypeOf<Extract<NonNullable<typeof error>, ErrorResponse>>().not.toBeNever();
  });

  it('rejects what the spec does not allow', () => {
    // @ts-expect-error the path parameter is required
    client.PUT('/messages/{id}', { body: { recipients: '+39-1' } });
    // @ts-expect-error `recipients` is required in the body
    client.PUT('/messages/{id}', { params: { path: { id: 'a' } }, body: { transaction: true } });
    // @ts-expect-error no such path
    client.GET('/nothing');
    // @ts-expect-error POST /messages/{id} is not an operation
    client.POST('/messages/{id}', { params: { path: { id: 'a' } } });
  });

  it('takes a token string or provider and exactly one of environment and baseUrl', () => {
    createGatewaySmsClient({
      token: async () => 't',
      baseUrl: 'http://127.0.0.1:4010/gateway-sms',
    });
    const retry: RetryOptions = { retries: 3, methods: ['GET', 'POST'], statuses: [429, '5xx'] };
    createGatewaySmsClient({
      token: 't',
      environment: 'production',
      timeoutMs: 5000,
      retry,
      validate: { response: true },
    });
    // @ts-expect-error an environment the vendor does not have
    createGatewaySmsClient({ token: 't', environment: 'staging' });
    // @ts-expect-error environment and baseUrl together
    createGatewaySmsClient({ token: 't', environment: 'sandbox', baseUrl: 'http://127.0.0.1' });
    // @ts-expect-error no token
    createGatewaySmsClient({ environment: 'sandbox' });
    // @ts-expect-error a token must be a string or a function returning one
    createGatewaySmsClient({ token: 42, environment: 'sandbox' });
  });

  it('exports error classes with the call’s operation, method and URL', () => {
    expectTypeOf<NetworkError>().toExtend<SmsClientError>();
    expectTypeOf<TimeoutError['timeoutMs']>().toEqualTypeOf<number>();
    expectTypeOf<SmsClientError['operation']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<SmsClientError['url']>().toEqualTypeOf<string>();
  });
});

describe('createTwoSmsClient', () => {
  it('returns the typed openapi-fetch client for client credentials or an access token', () => {
    const client = createTwoSmsClient(
      { clientId: 'id', clientSecret: 's' },
      { host: 'portal.2sms.com', format: 'xml' },
    );
    expectTypeOf(client).toEqualTypeOf<TwoSmsClient>();
    expectTypeOf(client).toEqualTypeOf<Client<TwoSmsPaths, 'application/json'>>();
    createTwoSmsClient({ accessToken: 'token' }, { baseUrl: 'http://127.0.0.1:4010/twosms' });
  });

  it('knows the hosts of the spec', () => {
    expectTypeOf<'portal.2sms.us'>().toExtend<TwoSmsHost>();
    // @ts-expect-error not a host of the spec
    createTwoSmsClient({ accessToken: 't' }, { host: 'evil.example' });
    // @ts-expect-error only json or xml
    createTwoSmsClient({ accessToken: 't' }, { host: 'portal.2sms.com', format: 'yaml' });
    // @ts-expect-error credentials need both id and secret
    createTwoSmsClient({ clientId: 'id' }, { host: 'portal.2sms.com' });
  });

  it('types the seed operation: PUT /api/v1/sms/messages/{messageID}', async () => {
    const client = createTwoSmsClient({ accessToken: 't' }, { host: 'portal.2sms.com' });
    const { data } = await client.PUT('/api/v1/sms/messages/{messageID}', {
      params: { path: { messageID: 'id' } },
      body: {
        messageId: 'a2301eec-c74e-49bd-9715-bcb545c82ea1',
        DateReceived: 'd',
        DateToSend: 'd',
        DateSent: 'd',
        Sender: 's',
        DateModified: 'd',
        AdditionalContactID: 18,
        AuthenticationMethod: 0,
      },
    });
    expectTypeOf<NonNullable<typeof data>>().toHaveProperty('ResponseData');
  });
});

describe('helpers', () => {
  it('countSegments, phone numbers and the XML codec', () => {
    expectTypeOf(countSegments('hi')).toEqualTypeOf<SegmentCount>();
    expectTypeOf<SegmentCount['encoding']>().toEqualTypeOf<'GSM-7' | 'UCS-2'>();
    expectTypeOf(toGatewayRecipient('+393478569987')).toEqualTypeOf<`+${string}-${string}`>();
    const checked = checkRecipient('x');
    if (checked.valid) expectTypeOf(checked.recipient).toEqualTypeOf<`+${string}-${string}`>();
    else expectTypeOf(checked.message).toEqualTypeOf<string>();
    expectTypeOf(encodeXml).parameter(1).toEqualTypeOf<XmlBody>();
    expectTypeOf(decodeXml).returns.toEqualTypeOf<unknown>();
  });
});
