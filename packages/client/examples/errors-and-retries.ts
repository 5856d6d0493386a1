import {
  AbortError,
  createGatewaySmsClient,
  NetworkError,
  ResponseParseError,
  SmsClientError,
  TimeoutError,
} from '@sms-contracts/client/gateway-sms';

const gateway = createGatewaySmsClient({
  token: async () => process.env.GATEWAY_SMS_TOKEN ?? '', // or a string
  environment: 'production',
  timeoutMs: 10_000, // the whole call, retries included (default 30 s)
  retry: { retries: 3, maxDelayMs: 2_000 }, // GET/HEAD/OPTIONS, x-idempotent: network errors, 408, 429, 5xx
  validate: { response: true }, // loads @sms-contracts/validation on first use
});

const controller = new AbortController();
try {
  const { data, error } = await gateway.GET('/messages/{id}', {
    params: { path: { id: '5d443a6e9f2725660f3db347' } },
    signal: controller.signal,
    timeoutMs: 2_000, // this call only
  });
  console.log(error ?? data);
} catch (failure) {
  // No HTTP response to read: a distinct class each, with operation, method and URL.
  if (failure instanceof TimeoutError) console.error('gave up after', failure.timeoutMs, 'ms');
  else if (failure instanceof AbortError) console.error('cancelled');
  else if (failure instanceof NetworkError) console.error('network:', failure.message);
  else if (failure instanceof ResponseParseError)
    console.error('bad body:', failure.status, failure.contentType);
  else if (failure instanceof SmsClientError)
    console.error(failure.operation, failure.method, failure.url);
  else throw failure;
}
