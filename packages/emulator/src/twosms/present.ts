import type { components } from '@sms-contracts/types/twosms';
import {
  type Transaction,
  type TwoSmsMessageRecord,
  type TwoSmsRecipientRecord,
  TwoSmsStore,
} from './store.ts';

type ResponseOfSmsTransaction = components['schemas']['ResponseOfSmsTransaction'];
type ResponseOfMessageView = components['schemas']['ResponseOfMessageView'];

/** `Result` of a successful call (the vendor publishes no values). */
export const success = 'Success';

/** The `ResponseOf…` envelope of a successful call: `Result`, the account, and `extra`. */
export function succeeded<Extra extends object>(userId: string, extra: Extra) {
  return { ResponseData: { Result: success, Identification: { UserId: userId }, ...extra } };
}

/** Numbers as the vendor's samples write them: strings, counts included. */
function amount(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

export function presentTransaction(
  userId: string,
  transaction: Transaction,
  result = success,
): ResponseOfSmsTransaction {
  return {
    ResponseData: {
      Result: result,
      Identification: { UserId: userId },
      Detail: {
        MessageID: transaction.message?.id ?? transaction.messageIds.join(','),
        NoOfContacts: String(transaction.contacts),
        NoOfQuickRecipients: String(transaction.quickRecipients),
        NoOfSMS: String(transaction.sms),
        NoOfEmails: String(transaction.emails),
        PreTransaction: amount(transaction.creditBefore),
        PostTransaction: amount(transaction.creditAfter),
        CreditsUsed: amount(transaction.creditsUsed),
        MessageText: transaction.text,
      },
    },
  };
}

export function presentView(
  userId: string,
  message: TwoSmsMessageRecord,
  recipient: TwoSmsRecipientRecord,
): ResponseOfMessageView {
  const remaining =
    message.maxReads === null
      ? 'Unlimited'
      : String(Math.max(0, message.maxReads - recipient.reads));
  return {
    ResponseData: {
      Result: success,
      Identification: { UserId: userId },
      Detail: {
        Contact: recipient.to,
        ...(message.expiresAt !== null
          ? { DateTimeExpiry: new Date(message.expiresAt).toISOString() }
          : {}),
        DateTimeSent: new Date(Math.max(message.sendAt, recipient.addedAt)).toISOString(),
        Disclaimer: '',
        Flagger: false,
        From: message.sender,
        LogoURL: '',
        Message: message.content,
        MessageId: message.id,
        ReadsRemaining: remaining,
        Responses: [],
        ResponseEnabled: (message.responseLimit ?? 0) > 0,
        ResponseLimitReached: false,
        To: recipient.to,
      },
    },
  };
}

/** One row of the message report (the vendor publishes no model; the fields are the emulator's). */
export function presentReportRow(message: TwoSmsMessageRecord, now: number) {
  const status =
    message.cancelledAt !== null
      ? 'Cancelled'
      : TwoSmsStore.isExpired(message, now)
        ? 'Expired'
        : TwoSmsStore.isSent(message, now)
          ? 'Sent'
          : 'Pending';
  return {
    MessageID: message.id,
    Type: message.type,
    Sender: message.sender,
    Reference: message.reference ?? '',
    Content: message.content,
    DateToSend: new Date(message.sendAt).toISOString(),
    ...(message.expiresAt !== null
      ? { ExpiryDate: new Date(message.expiresAt).toISOString() }
      : {}),
    Status: status,
    NoOfContacts: message.recipients.length,
    NoOfReads: message.recipients.reduce((sum, r) => sum + r.reads, 0),
  };
}
