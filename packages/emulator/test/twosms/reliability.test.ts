import { describe, expect, it } from 'vitest';
import { testEmulator } from '../support/gateway.ts';
import { accessToken, callTwoSms, messageDetails, sendTwoSms } from '../support/twosms.ts';

describe('2SMS refuses bad requests in its own envelopes', () => {
  it('answers 400 with the operation’s envelope for malformed JSON and malformed XML', async () => {
    const emulator = testEmulator();
    const token = await accessToken(emulator);
    const { id } = await sendTwoSms(emulator, token, {
      Contacts: { QuickRecipients: { '+12345678901': 2 } },
      Content: 'x',
    });
    const json = await callTwoSms(emulator, 'updateMessage', 'PUT', `/api/v1/sms/messages/${id}`, {
      token,
      raw: { contentType: 'application/json', body: '{"messageId": ' },
    });
    expect(json.status).toBe(400);
    expect(json.body.Error).toMatchObject({ ErrorCode: 'InvalidRequest' });
    expect(json.body.Error.ErrorReason).toContain('Malformed JSON');

    const xml = await callTwoSms(emulator, 'updateMessage', 'PUT', `/api/v1/sms/messages/${id}`, {
      token,
      xml: '<MessageDetails><ID>unclosed</MessageDetails>',
      accept: 'application/xml',
    });
    expect(xml.status).toBe(400);
    expect(xml.mediaType).toBe('application/xml');
    expect(xml.body.Error.ErrorReason).toContain('Malformed XML');
  });

  it('refuses XML with a DOCTYPE (no entity expansion) with 400', async () => {
    const emulator = testEmulator();
    const token = await accessToken(emulator);
    const call = await callTwoSms(
      emulator,
      'updateMessage',
      'PUT',
      '/api/v1/sms/messages/a2301eec-c74e-49bd-9715-bcb545c82ea1',
      {
        token,
        xml: '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><MessageDetails><ID>&e;</ID></MessageDetails>',
      },
    );
    expect(call.status).toBe(400);
  });

  it('answers 400 naming the JSON path of a body the schema refuses', async () => {
    const emulator = testEmulator();
    const token = await accessToken(emulator);
    const call = await callTwoSms(
      emulator,
      'updateMessage',
      'PUT',
      '/api/v1/sms/messages/a2301eec-c74e-49bd-9715-bcb545c82ea1',
      {
        token,
        json: messageDetails('a2301eec-c74e-49bd-9715-bcb545c82ea1', {
          AdditionalContactID: 'eighteen',
        }),
      },
    );
    expect(call.status).toBe(400);
    expect(call.body.Error.ErrorReason).toContain('/body/AdditionalContactID');
  });

  it('answers 415 in ASP.NET’s HttpError for a media type the operation does not take', async () => {
    const emulator = testEmulator();
    const token = await accessToken(emulator);
    const send = await callTwoSms(emulator, 'sendMessage', 'POST', '/api/v2/sms/messages', {
      token,
      raw: { contentType: 'application/xml', body: '<MessageV2/>' },
    });
    expect(send.status).toBe(415);
    expect(send.body.Message).toContain("media type 'application/xml' is not supported");
    const tokenCall = await callTwoSms(emulator, 'requestAccessToken', 'POST', '/Token', {
      json: { grant_type: 'client_credentials' },
    });
    expect(tokenCall.status).toBe(415);
  });

  it('answers 413 for a body over the limit', async () => {
    const emulator = testEmulator({ bodyLimitBytes: 1024 });
    const token = await accessToken(emulator);
    const call = await callTwoSms(emulator, 'sendMessage', 'POST', '/api/v2/sms/messages', {
      token,
      json: {
        Contacts: { QuickRecipients: { '+12345678901': 2 } },
        Content: 'x'.repeat(2048),
        Options: {},
        Type: 1,
      },
    });
    expect(call.status).toBe(413);
    expect(call.body.Message).toContain('1024 bytes');
  });

  it('answers 404 in HttpError for unknown routes, in XML when asked', async () => {
    const emulator = testEmulator();
    const json = await callTwoSms(emulator, undefined, 'GET', '/api/v9/nothing');
    expect(json.status).toBe(404);
    expect(json.body.Message).toContain('No HTTP resource was found');
    const xml = await callTwoSms(emulator, undefined, 'PATCH', '/api/v2/sms/messages', {
      accept: 'text/xml',
    });
    expect(xml.status).toBe(404);
    expect(xml.text).toContain('<Message>No HTTP resource was found');
  });
});
