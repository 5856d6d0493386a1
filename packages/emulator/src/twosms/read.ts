import type { ReadReceipt } from '../control/app.ts';
import { isExpired, isSent } from './message-rules.ts';
import {
  fail,
  type TwoSmsAccount,
  type TwoSmsMessageRecord,
  type TwoSmsRecipientRecord,
  type TwoSmsResult,
} from './records.ts';

/** A recipient reads the message (the view endpoint, or the control API). */
export function readMessage(
  account: TwoSmsAccount,
  id: string,
  contact: string,
  now: number,
): TwoSmsResult<{ message: TwoSmsMessageRecord; recipient: TwoSmsRecipientRecord }> {
  const message = account.messages.get(id.toLowerCase());
  if (!message) return fail('MessageNotFound', `No message has the id ${id}`);
  const recipient = message.recipients.find((r) => r.viewToken === contact || r.to === contact);
  if (!recipient)
    return fail('ContactNotFound', `Message ${message.id} has no recipient "${contact}"`);
  if (!isSent(message, now))
    return fail('NotSentYet', `Message ${message.id} has not been sent yet`);
  if (isExpired(message, now)) return fail('MessageExpired', `Message ${message.id} has expired`);
  if (message.maxReads !== null && recipient.reads >= message.maxReads) {
    return fail(
      'ReadLimitReached',
      `Message ${message.id} has been read the maximum ${message.maxReads} times by this recipient`,
    );
  }
  recipient.reads += 1;
  return { ok: true, value: { message, recipient } };
}

/** The control API's read: the same rule, answered as a receipt with an HTTP status. */
export function markRead(
  account: TwoSmsAccount,
  id: string,
  contact: string,
  now: number,
): ReadReceipt {
  const result = readMessage(account, id, contact, now);
  if (!result.ok) {
    const status =
      result.code === 'MessageNotFound' || result.code === 'ContactNotFound' ? 404 : 409;
    return { ok: false, status, message: `${result.code}: ${result.reason}` };
  }
  return {
    ok: true,
    messageId: result.value.message.id,
    contact: result.value.recipient.to,
    reads: result.value.recipient.reads,
  };
}
