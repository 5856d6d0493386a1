import { describe, expect, it } from 'vitest';
import { testEmulator } from '../support/gateway.ts';
import { accessToken, callTwoSms, sendTwoSms } from '../support/twosms.ts';

describe('2SMS send (POST api/v2/sms/messages) and view (GET api/v1/sms/messages/{Id})', () => {
  it('sends the vendor blog’s standard message and reports the transaction', async () => {
    const emulator = testEmulator({ twosms: { credit: 50 } });
    const token = await accessToken(emulator);
    const { id, call } = await sendTwoSms(emulator, token, {
      Contacts: { QuickRecipients: { '+12345678901': 2 } },
      Content: 'Standard Send Test',
      Type: 1,
    });
    expect(call.body.ResponseData).toMatchObject({
      Result: 'Success',
      Detail: {
        MessageID: id,
        NoOfContacts: '1',
        NoOfQuickRecipients: '1',
        NoOfSMS: '1',
        NoOfEmails: '0',
        PreTransaction: '50',
        PostTransaction: '49',
        CreditsUsed: '1',
        MessageText: 'Standard Send Test',
      },
    });
    expect(emulator.outbox('twosms')).toMatchObject([
      {
        messageId: id,
        to: '+12345678901',
        text: 'Standard Send Test',
        encoding: 'GSM-7',
        segments: 1,
        status: 'sent',
      },
    ]);
  });

  it('charges one credit per segment per SMS recipient, none for e-mail-only ones', async () => {
    const emulator = testEmulator({ twosms: { credit: 100 } });
    const token = await accessToken(emulator);
    const { call } = await sendTwoSms(emulator, token, {
      Contacts: {
        QuickRecipients: { '+12345678901': 2, 'a@example.com': 1, '+12345678902': 3 },
        ContactID: { '18': 2 },
      },
      Content: 'x'.repeat(200),
    });
    expect(call.body.ResponseData.Detail).toMatchObject({
      NoOfContacts: '4',
      NoOfQuickRecipients: '3',
      NoOfSMS: '6',
      NoOfEmails: '2',
      CreditsUsed: '6',
    });
    expect(emulator.credit().twosms).toBe(94);
  });

  it('refuses a send the credit cannot cover, changing nothing', async () => {
    const emulator = testEmulator({ twosms: { credit: 1 } });
    const token = await accessToken(emulator);
    const call = await callTwoSms(emulator, 'sendMessage', 'POST', '/api/v2/sms/messages', {
      token,
      json: {
        Contacts: { QuickRecipients: { '+12345678901': 2, '+12345678902': 2 } },
        Content: 'hi',
        Options: {},
        Type: 1,
      },
    });
    expect(call.status).toBe(400);
    expect(call.body.Error.ErrorCode).toBe('InsufficientCredit');
    expect(emulator.outbox()).toEqual([]);
    expect(emulator.credit().twosms).toBe(1);
  });

  it('shows the message to a recipient by the contactId its SMS carries, counting reads to the limit', async () => {
    const emulator = testEmulator();
    const token = await accessToken(emulator);
    const { id } = await sendTwoSms(emulator, token, {
      Contacts: { QuickRecipients: { '+12345678901': 2 } },
      Content: 'Your secure message',
      Options: { Reads: 2, Sender: 'Clinic', ExpiryDate: '2030-02-01T00:00:00Z' },
    });
    const contactId = emulator.outbox('twosms')[0]?.viewToken as string;
    const path = `/api/v1/sms/messages/${id}?contactId=${encodeURIComponent(contactId)}`;
    const first = await callTwoSms(emulator, 'getMessageView', 'GET', path, { token });
    expect(first.status).toBe(200);
    expect(first.body.ResponseData.Detail).toMatchObject({
      Contact: '+12345678901',
      From: 'Clinic',
      Message: 'Your secure message',
      MessageId: id,
      ReadsRemaining: '1',
      DateTimeExpiry: '2030-02-01T00:00:00.000Z',
    });
    const second = await callTwoSms(emulator, 'getMessageView', 'GET', path, {
      token,
      accept: 'text/xml',
    });
    expect(second.mediaType).toBe('text/xml');
    expect(second.text).toContain('<ResponseOfMessageView');
    expect(second.body.ResponseData.Detail.ReadsRemaining).toBe('0');
    const third = await callTwoSms(emulator, 'getMessageView', 'GET', path, { token });
    expect(third.status).toBe(400);
    expect(third.body.Error.ErrorCode).toBe('ReadLimitReached');
  });

  it('answers 400 for an unknown message or contactId, and when contactId is missing', async () => {
    const emulator = testEmulator();
    const token = await accessToken(emulator);
    const { id } = await sendTwoSms(emulator, token, {
      Contacts: { QuickRecipients: { '+12345678901': 2 } },
      Content: 'x',
    });
    const unknown = await callTwoSms(
      emulator,
      'getMessageView',
      'GET',
      '/api/v1/sms/messages/a2301eec-c74e-49bd-9715-bcb545c82ea1?contactId=x',
      { token },
    );
    expect(unknown.body.Error.ErrorCode).toBe('MessageNotFound');
    const contact = await callTwoSms(
      emulator,
      'getMessageView',
      'GET',
      `/api/v1/sms/messages/${id}?contactId=nobody`,
      { token },
    );
    expect(contact.body.Error.ErrorCode).toBe('ContactNotFound');
    const missing = await callTwoSms(
      emulator,
      'getMessageView',
      'GET',
      `/api/v1/sms/messages/${id}`,
      { token },
    );
    expect(missing.status).toBe(400);
    expect(missing.body.Error.ErrorReason).toContain('contactId');
  });

  it('keeps a message scheduled until the clock reaches DateToSend', async () => {
    const emulator = testEmulator();
    const token = await accessToken(emulator);
    await sendTwoSms(emulator, token, {
      Contacts: { QuickRecipients: { '+12345678901': 2 } },
      Content: 'later',
      Options: { DateToSend: '2030-01-16T09:00:00Z' },
    });
    expect(emulator.outbox('twosms')[0]?.status).toBe('scheduled');
    emulator.advanceClock(24 * 60 * 60 * 1000);
    expect(emulator.outbox('twosms')[0]?.status).toBe('sent');
  });

  it('lists sent messages in the report, paged', async () => {
    const emulator = testEmulator();
    const token = await accessToken(emulator);
    for (const reference of ['a', 'b', 'c']) {
      await sendTwoSms(emulator, token, {
        Contacts: { QuickRecipients: { '+12345678901': 2 } },
        Content: reference,
        Options: { Reference: reference },
      });
    }
    const page = await callTwoSms(
      emulator,
      'searchMessageReport',
      'GET',
      '/api/v1/reports/messages?paging.Page=2&paging.NoOfRecords=2',
      { token },
    );
    expect(page.body.ResponseData.TotalRecords).toBe(3);
    expect(
      page.body.ResponseData.Detail.map((row: { Reference: string }) => row.Reference),
    ).toEqual(['a']);
    const filtered = await callTwoSms(
      emulator,
      'searchMessageReport',
      'GET',
      '/api/v1/reports/messages?paging.Page=1&paging.NoOfRecords=10&filter.Reference=b',
      { token },
    );
    expect(filtered.body.ResponseData.Detail).toHaveLength(1);
    const bad = await callTwoSms(
      emulator,
      'searchMessageReport',
      'GET',
      '/api/v1/reports/messages?paging.Page=one&paging.NoOfRecords=10',
      { token },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.Error.ErrorReason).toContain('paging.Page');
  });
});
