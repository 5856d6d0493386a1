import { encodeXml } from '@sms-contracts/client/xml';
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/index.ts';
import { operationTable, shapes } from '../../src/twosms/xml-tables.ts';
import { testEmulator } from '../support/gateway.ts';
import { accessToken, callTwoSms, messageDetails, sendTwoSms } from '../support/twosms.ts';

async function sentMessage(emulator: Emulator, options: Record<string, unknown> = {}) {
  const token = await accessToken(emulator);
  const { id } = await sendTwoSms(emulator, token, {
    Contacts: { QuickRecipients: { '+12345678901': 2 }, ContactID: { '16': 2 } },
    Content: 'Original text',
    Options: { Reads: 3, ...options },
  });
  return { token, id };
}

function put(
  emulator: Emulator,
  token: string,
  id: string,
  changes: Record<string, unknown>,
  accept?: string,
) {
  return callTwoSms(emulator, 'updateMessage', 'PUT', `/api/v1/sms/messages/${id}`, {
    token,
    json: messageDetails(id, changes),
    ...(accept ? { accept } : {}),
  });
}

describe('2SMS PUT api/v1/sms/messages/{messageID}', () => {
  it('adds and removes contacts and answers with the transaction detail, credits before and after', async () => {
    const emulator = testEmulator({ twosms: { credit: 20 } });
    const { token, id } = await sentMessage(emulator);
    expect(emulator.credit().twosms).toBe(18);
    const call = await put(emulator, token, id, { AdditionalContactID: 18, RemoveContactID: 16 });
    expect(call.status).toBe(200);
    expect(call.body.ResponseData.Detail).toEqual({
      MessageID: id,
      NoOfContacts: '2',
      NoOfQuickRecipients: '1',
      NoOfSMS: '1',
      NoOfEmails: '0',
      PreTransaction: '18',
      PostTransaction: '17',
      CreditsUsed: '1',
      MessageText: 'Original text',
    });
    const recipients = emulator.outbox('twosms').map((entry) => entry.to);
    expect(recipients).toEqual(['+12345678901', 'contact:18']);
  });

  it('adds and removes groups', async () => {
    const emulator = testEmulator();
    const { token, id } = await sentMessage(emulator);
    const group = '6c186358-71ce-4828-8367-6ce0e8827db7';
    const added = await put(emulator, token, id, { AdditionalGroupID: group });
    expect(added.body.ResponseData.Detail.NoOfContacts).toBe('3');
    const removed = await put(emulator, token, id, { RemoveGroupID: group });
    expect(removed.body.ResponseData.Detail.NoOfContacts).toBe('2');
  });

  it('changes the content while no recipient has read it, and refuses once one has', async () => {
    const emulator = testEmulator();
    const { token, id } = await sentMessage(emulator);
    const changed = await put(emulator, token, id, { Content: 'Corrected text' });
    expect(changed.status).toBe(200);
    expect(changed.body.ResponseData.Detail.MessageText).toBe('Corrected text');

    const read = await emulator.fetch(
      `http://emulator.test/__emulator/twosms/messages/${id}/reads`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ contact: '+12345678901' }),
      },
    );
    expect(await read.json()).toMatchObject({ ok: true, reads: 1 });

    const refused = await put(emulator, token, id, { Content: 'Too late' });
    expect(refused.status).toBe(400);
    expect(refused.body.Error.ErrorCode).toBe('MessageAlreadyRead');
    // Other updates are still allowed after a read.
    const contact = await put(emulator, token, id, {
      AdditionalContactID: 30,
      Content: 'Corrected text',
    });
    expect(contact.status).toBe(200);
  });

  it('updates the expiry date and the read limit (the dissolve settings)', async () => {
    const emulator = testEmulator();
    const { token, id } = await sentMessage(emulator);
    const updated = await put(emulator, token, id, {
      ExpiryDate: '2030-01-20T00:00:00Z',
      NoOfReads: 1,
    });
    expect(updated.status).toBe(200);
    const contactId = emulator.outbox('twosms')[0]?.viewToken as string;
    const view = await callTwoSms(
      emulator,
      'getMessageView',
      'GET',
      `/api/v1/sms/messages/${id}?contactId=${contactId}`,
      { token },
    );
    expect(view.body.ResponseData.Detail).toMatchObject({
      DateTimeExpiry: '2030-01-20T00:00:00.000Z',
      ReadsRemaining: '0',
    });
  });

  it('refuses every update once the message has expired', async () => {
    const emulator = testEmulator();
    const { token, id } = await sentMessage(emulator, { ExpiryDate: '2030-01-15T10:00:00Z' });
    expect((await put(emulator, token, id, { AdditionalContactID: 18 })).status).toBe(200);
    emulator.advanceClock(60 * 60 * 1000);
    const refused = await put(emulator, token, id, { AdditionalContactID: 19 });
    expect(refused.status).toBe(400);
    expect(refused.body.Error.ErrorCode).toBe('MessageExpired');
  });

  it('refuses additions the credit cannot cover, changing nothing', async () => {
    const emulator = testEmulator({ twosms: { credit: 2 } });
    const { token, id } = await sentMessage(emulator);
    const refused = await put(emulator, token, id, {
      AdditionalContactID: 18,
      RemoveContactID: 16,
    });
    expect(refused.body.Error.ErrorCode).toBe('InsufficientCredit');
    expect(emulator.outbox('twosms').map((e) => e.to)).toEqual(['+12345678901', 'contact:16']);
  });

  it('answers 400 for an unknown message and for a body whose messageId is another message', async () => {
    const emulator = testEmulator();
    const { token, id } = await sentMessage(emulator);
    const other = 'a2301eec-c74e-49bd-9715-bcb545c82ea1';
    const unknown = await callTwoSms(
      emulator,
      'updateMessage',
      'PUT',
      `/api/v1/sms/messages/${other}`,
      { token, json: messageDetails(other) },
    );
    expect(unknown.body.Error.ErrorCode).toBe('MessageNotFound');
    const mismatch = await callTwoSms(
      emulator,
      'updateMessage',
      'PUT',
      `/api/v1/sms/messages/${id}`,
      { token, json: messageDetails(other) },
    );
    expect(mismatch.body.Error.ErrorCode).toBe('MessageIdMismatch');
  });

  it('reads an XML body with the spec’s names (<ID>, ANONYMOUS) and answers in XML when asked', async () => {
    const emulator = testEmulator();
    const { token, id } = await sentMessage(emulator);
    const xml = `<MessageDetails xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <ID>${id}</ID>
  <DateReceived>2030-01-15T09:00:00Z</DateReceived>
  <DateToSend>2030-01-15T09:00:00Z</DateToSend>
  <DateSent>2030-01-15T09:00:05Z</DateSent>
  <Sender>sample string 5</Sender>
  <DateModified>sample string 6</DateModified>
  <Content>From XML</Content>
  <AdditionalContactID>18</AdditionalContactID>
  <AuthenticationMethod>ANONYMOUS</AuthenticationMethod>
</MessageDetails>`;
    const call = await callTwoSms(emulator, 'updateMessage', 'PUT', `/api/v1/sms/messages/${id}`, {
      token,
      xml,
      accept: 'application/xml',
    });
    expect(call.status).toBe(200);
    expect(call.mediaType).toBe('application/xml');
    expect(call.text).toMatch(/^<ResponseOfSmsTransaction xmlns:xsd=/);
    expect(call.text).toContain('<MessageText>From XML</MessageText>');
    expect(call.body.ResponseData.Detail.NoOfContacts).toBe('3');
  });

  it('reads the body the client’s XML encoder writes (Content-Type text/xml)', async () => {
    const emulator = testEmulator();
    const { token, id } = await sentMessage(emulator);
    const body = operationTable.updateMessage?.xmlRequest?.['text/xml'];
    if (!body) throw new Error('updateMessage has no text/xml body in the generated table');
    const xml = encodeXml(messageDetails(id, { Content: 'Encoded' }), body, shapes);
    const call = await callTwoSms(emulator, 'updateMessage', 'PUT', `/api/v1/sms/messages/${id}`, {
      token,
      raw: { contentType: 'text/xml; charset=utf-8', body: xml },
    });
    expect(call.status).toBe(200);
    expect(call.body.ResponseData.Detail.MessageText).toBe('Encoded');
  });

  it('reads a form-encoded body, converting integers and enum names', async () => {
    const emulator = testEmulator();
    const { token, id } = await sentMessage(emulator);
    const form = new URLSearchParams({
      messageId: id,
      DateReceived: '2030-01-15T09:00:00Z',
      DateToSend: '2030-01-15T09:00:00Z',
      DateSent: '2030-01-15T09:00:00Z',
      Sender: 'x',
      DateModified: 'x',
      AdditionalContactID: '18',
      NoOfReads: '5',
      AuthenticationMethod: 'ANONYMOUS',
    }).toString();
    const call = await callTwoSms(emulator, 'updateMessage', 'PUT', `/api/v1/sms/messages/${id}`, {
      token,
      form,
    });
    expect(call.status).toBe(200);
    expect(call.body.ResponseData.Detail.NoOfContacts).toBe('3');
  });
});
