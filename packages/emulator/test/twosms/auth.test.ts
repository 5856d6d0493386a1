import { describe, expect, it } from 'vitest';
import { testEmulator } from '../support/gateway.ts';
import { accessToken, callTwoSms, clientId, clientSecret } from '../support/twosms.ts';

const report = '/api/v1/reports/messages?paging.Page=1&paging.NoOfRecords=10';

describe('2SMS POST /Token and bearer auth', () => {
  it('issues an 8-hour bearer token for the configured client credentials (form-encoded)', async () => {
    const emulator = testEmulator();
    const call = await callTwoSms(emulator, 'requestAccessToken', 'POST', '/Token', {
      form: `grant_type=client_credentials&client_id=${clientId}&client_secret=${clientSecret}`,
    });
    expect(call.status).toBe(200);
    expect(call.body).toMatchObject({ token_type: 'bearer', expires_in: 8 * 60 * 60 });
    const authorized = await callTwoSms(emulator, 'searchMessageReport', 'GET', report, {
      token: call.body.access_token,
    });
    expect(authorized.status).toBe(200);
  });

  it('answers 400 invalid_client for unknown credentials and unsupported_grant_type for other grants', async () => {
    const emulator = testEmulator();
    const wrong = await callTwoSms(emulator, 'requestAccessToken', 'POST', '/Token', {
      form: `grant_type=client_credentials&client_id=${clientId}&client_secret=nope`,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toBe('invalid_client');
    const grant = await callTwoSms(emulator, 'requestAccessToken', 'POST', '/Token', {
      form: 'grant_type=password&username=a&password=b',
    });
    expect(grant.status).toBe(400);
    expect(grant.body.error).toBe('unsupported_grant_type');
  });

  it('accepts credentials configured in the options', async () => {
    const emulator = testEmulator({
      twosms: { clients: [{ clientId: 'team', clientSecret: 's3cret' }] },
    });
    const call = await callTwoSms(emulator, 'requestAccessToken', 'POST', '/Token', {
      form: 'grant_type=client_credentials&client_id=team&client_secret=s3cret',
    });
    expect(call.status).toBe(200);
  });

  it('answers 401 for a missing, unknown or expired token, in JSON or XML as asked', async () => {
    const emulator = testEmulator();
    const missing = await callTwoSms(emulator, 'searchMessageReport', 'GET', report);
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ Message: 'Authorization has been denied for this request.' });

    const unknown = await callTwoSms(emulator, 'searchMessageReport', 'GET', report, {
      token: 'made-up',
      accept: 'application/xml',
    });
    expect(unknown.status).toBe(401);
    expect(unknown.mediaType).toBe('application/xml');
    expect(unknown.text).toContain('<Error');
    expect(unknown.text).toContain(
      '<Message>Authorization has been denied for this request.</Message>',
    );

    const token = await accessToken(emulator);
    emulator.advanceClock(8 * 60 * 60 * 1000 - 1);
    expect(
      (await callTwoSms(emulator, 'searchMessageReport', 'GET', report, { token })).status,
    ).toBe(200);
    emulator.advanceClock(1);
    expect(
      (await callTwoSms(emulator, 'searchMessageReport', 'GET', report, { token })).status,
    ).toBe(401);
  });

  it('honours a configured token lifetime', async () => {
    const emulator = testEmulator({ twosms: { tokenLifetimeSeconds: 60 } });
    const token = await accessToken(emulator);
    emulator.advanceClock(60_000);
    expect(
      (await callTwoSms(emulator, 'searchMessageReport', 'GET', report, { token })).status,
    ).toBe(401);
  });
});
