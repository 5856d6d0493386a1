import { describe, expect, it } from 'vitest';
import { createGatewaySmsClient } from '../src/gateway-sms.ts';

function recordingFetch(urls: string[]) {
  return async (request: Request) => {
    urls.push(`${request.method} ${request.url} ${request.headers.get('authorization')}`);
    return Response.json({ data: [], success: true, message: 'ok', credit: '1', error: null });
  };
}

describe('createGatewaySmsClient', () => {
  it.each([
    ['production', 'https://ws.messaggisms.com'],
    ['sandbox', 'https://test.ws.messaggisms.com'],
  ] as const)('environment %s calls %s', async (environment, host) => {
    const urls: string[] = [];
    const client = createGatewaySmsClient({ token: 't', environment, fetch: recordingFetch(urls) });
    await client.GET('/messages/');
    expect(urls).toEqual([`GET ${host}/messages/ Bearer t`]);
  });

  it('takes the token from an async provider', async () => {
    const urls: string[] = [];
    const client = createGatewaySmsClient({
      token: async () => 'rotated',
      baseUrl: 'http://127.0.0.1:1',
      fetch: recordingFetch(urls),
    });
    await client.DELETE('/messages/{id}', { params: { path: { id: '5d443a6e9f2725660f3db347' } } });
    expect(urls).toEqual([
      'DELETE http://127.0.0.1:1/messages/5d443a6e9f2725660f3db347 Bearer rotated',
    ]);
  });

  it('refuses a missing or unknown environment, an empty token and bad numbers, saying what was expected', () => {
    expect(() => createGatewaySmsClient({ token: 't' } as never)).toThrowError(
      "environment: expected 'production' or 'sandbox' (or a baseUrl), got undefined",
    );
    expect(() =>
      createGatewaySmsClient({ token: 't', environment: 'staging' as never }),
    ).toThrowError(/got staging/);
    expect(() => createGatewaySmsClient({ token: '', environment: 'sandbox' })).toThrowError(
      'token: expected a non-empty token string',
    );
    expect(() =>
      createGatewaySmsClient({ token: 't', environment: 'sandbox', timeoutMs: 0 }),
    ).toThrowError('timeoutMs: expected a finite number > 0, got 0');
    expect(() =>
      createGatewaySmsClient({ token: 't', environment: 'sandbox', retry: { retries: -1 } }),
    ).toThrowError(/retry: expected retries, baseDelayMs and maxDelayMs to be finite numbers/);
  });
});
