import { describe, expect, it } from 'vitest';
import { testEmulator } from '../support/gateway.ts';
import { accessToken, callTwoSms, sendTwoSms } from '../support/twosms.ts';

const day = 24 * 60 * 60 * 1000;

describe('2SMS expire (DELETE api/v1/sms/messages)', () => {
  it('expires listed advanced messages, notifies recipients when asked, and blocks further updates and views', async () => {
    const emulator = testEmulator({ twosms: { credit: 100 } });
    const token = await accessToken(emulator);
    const { id } = await sendTwoSms(emulator, token, {
      Contacts: { QuickRecipients: { '+12345678901': 2 } },
      Content: 'secret',
    });
    const call = await callTwoSms(emulator, 'expireMessages', 'DELETE', '/api/v1/sms/messages', {
      token,
      json: { MessageIDs: [id], NotifyRecipients: true, Reason: 'Sent to the wrong group.' },
    });
    expect(call.status).toBe(200);
    expect(call.body.ResponseData.Result).toBe('Expired 1 message(s)');
    expect(call.body.ResponseData.Detail).toMatchObject({
      MessageID: id,
      NoOfContacts: '1',
      CreditsUsed: '1',
      PreTransaction: '99',
      PostTransaction: '98',
    });
    expect(emulator.outbox('twosms').map((e) => e.text)).toEqual([
      'secret',
      'Sent to the wrong group.',
    ]);

    const contactId = emulator.outbox('twosms')[0]?.viewToken as string;
    const view = await callTwoSms(
      emulator,
      'getMessageView',
      'GET',
      `/api/v1/sms/messages/${id}?contactId=${contactId}`,
      { token },
    );
    expect(view.body.Error.ErrorCode).toBe('MessageExpired');
  });

  it('expires by default the messages already expired or read the maximum number of times', async () => {
    const emulator = testEmulator();
    const token = await accessToken(emulator);
    const read = await sendTwoSms(emulator, token, {
      Contacts: { QuickRecipients: { '+12345678901': 2 } },
      Content: 'a',
      Options: { Reads: 1 },
    });
    const unread = await sendTwoSms(emulator, token, {
      Contacts: { QuickRecipients: { '+12345678902': 2 } },
      Content: 'b',
      Options: { Reads: 1 },
    });
    emulator.markRead(read.id, '+12345678901');
    const call = await callTwoSms(emulator, 'expireMessages', 'DELETE', '/api/v1/sms/messages', {
      token,
      json: {},
    });
    expect(call.body.ResponseData.Detail.MessageID).toBe(read.id);
    expect(emulator.markRead(unread.id, '+12345678902')).toMatchObject({ ok: true });
  });
});

describe('2SMS cancel pending and recurring messages (DELETE api/v2/sms/messages/…)', () => {
  it('cancels a scheduled message by id, refunds it, and leaves sent ones alone', async () => {
    const emulator = testEmulator({ twosms: { credit: 10 } });
    const token = await accessToken(emulator);
    const later = await sendTwoSms(emulator, token, {
      Contacts: { QuickRecipients: { '+12345678901': 2 } },
      Content: 'later',
      Options: { DateToSend: '2030-02-01T00:00:00Z' },
    });
    const now = await sendTwoSms(emulator, token, {
      Contacts: { QuickRecipients: { '+12345678902': 2 } },
      Content: 'now',
    });
    expect(emulator.credit().twosms).toBe(8);
    const call = await callTwoSms(
      emulator,
      'cancelPendingMessages',
      'DELETE',
      '/api/v2/sms/messages/pendings',
      {
        token,
        json: { All: false, MessageIDs: [later.id, now.id], Type: 0, Range: 0 },
      },
    );
    expect(call.status).toBe(200);
    expect(call.body.ResponseData.Detail).toEqual({
      NoOfMessagesCancelled: 1,
      MessageIDs: [later.id],
    });
    expect(emulator.credit().twosms).toBe(9);
    expect(emulator.outbox('twosms').map((e) => e.messageId)).toEqual([now.id]);
    emulator.advanceClock(30 * day);
    expect(emulator.outbox('twosms').map((e) => e.messageId)).toEqual([now.id]);
  });

  it('reads the cancellation request in XML (<string> items, PENDING and ALL by name)', async () => {
    const emulator = testEmulator();
    const token = await accessToken(emulator);
    const later = await sendTwoSms(emulator, token, {
      Contacts: { QuickRecipients: { '+12345678901': 2 } },
      Content: 'later',
      Options: { DateToSend: '2030-02-01T00:00:00Z' },
    });
    const xml = `<DeletePendingRecurringMessagesRequest xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <All>false</All>
  <MessageIDs>
    <string>${later.id}</string>
  </MessageIDs>
  <Type>PENDING</Type>
  <Range>ALL</Range>
</DeletePendingRecurringMessagesRequest>`;
    const call = await callTwoSms(
      emulator,
      'cancelPendingMessages',
      'DELETE',
      '/api/v2/sms/messages/pendings',
      { token, xml },
    );
    expect(call.status).toBe(200);
    expect(call.body.ResponseData.Detail.MessageIDs).toEqual([later.id]);
  });

  it('cancels recurring messages with All, keeping the ones listed', async () => {
    const emulator = testEmulator();
    const token = await accessToken(emulator);
    const first = await sendTwoSms(emulator, token, {
      Type: 2,
      Contacts: { QuickRecipients: { '+12345678901': 2 } },
      Content: 'weekly',
    });
    const kept = await sendTwoSms(emulator, token, {
      Type: 2,
      Contacts: { QuickRecipients: { '+12345678902': 2 } },
      Content: 'monthly',
    });
    await sendTwoSms(emulator, token, {
      Type: 1,
      Contacts: { QuickRecipients: { '+12345678903': 2 } },
      Content: 'standard',
    });
    const call = await callTwoSms(
      emulator,
      'cancelRecurringMessages',
      'DELETE',
      '/api/v2/sms/messages/recurrings',
      {
        token,
        json: { All: true, MessageIDs: [kept.id] },
      },
    );
    expect(call.body.ResponseData.Detail.MessageIDs).toEqual([first.id]);
    const report = await callTwoSms(
      emulator,
      'searchMessageReport',
      'GET',
      '/api/v1/reports/messages?paging.Page=1&paging.NoOfRecords=10',
      { token },
    );
    const statuses = Object.fromEntries(
      report.body.ResponseData.Detail.map((row: { MessageID: string; Status: string }) => [
        row.MessageID,
        row.Status,
      ]),
    );
    expect(statuses[first.id]).toBe('Cancelled');
    expect(statuses[kept.id]).toBe('Sent');
  });
});
