import { randomBytes } from 'node:crypto';
import { countSegments } from '../text/segments.ts';
import { sendsEmail, sendsSms } from './message-rules.ts';
import {
  fail,
  type Transaction,
  type TwoSmsAccount,
  type TwoSmsMessageRecord,
  type TwoSmsRecipientRecord,
  type TwoSmsResult,
} from './records.ts';

/** A recipient asked for: its key ("+1…", "contact:18", "group:<guid>"), kind and channel. */
export type WantedRecipient = readonly [string, TwoSmsRecipientRecord['kind'], number];

function viewToken(): string {
  return randomBytes(12).toString('base64url');
}

/** The message's recipients as the transaction detail counts them. */
export function recipientCounts(message: TwoSmsMessageRecord): {
  contacts: number;
  quickRecipients: number;
} {
  return {
    contacts: message.recipients.length,
    quickRecipients: message.recipients.filter((r) => r.kind === 'quick').length,
  };
}

/**
 * Adds recipients not already on the message and charges their SMS (one credit per segment of
 * the text), all or nothing.
 */
export function addRecipients(
  account: TwoSmsAccount,
  message: TwoSmsMessageRecord,
  wanted: readonly WantedRecipient[],
  now: number,
  text = message.content,
): TwoSmsResult<Omit<Transaction, 'message' | 'messageIds'>> {
  const present = new Set(message.recipients.map((r) => r.to));
  const fresh: WantedRecipient[] = [];
  for (const entry of wanted) {
    if (present.has(entry[0])) continue;
    present.add(entry[0]);
    fresh.push(entry);
  }
  const segments = countSegments(text).segments;
  const smsRecipients = fresh.filter(([, , channel]) => sendsSms(channel)).length;
  const cost = smsRecipients * segments;
  const creditBefore = account.credit;
  if (cost > account.credit) {
    return fail(
      'InsufficientCredit',
      `This needs ${cost} credits (${smsRecipients} SMS of ${segments} segment(s)); ${account.credit} available`,
    );
  }
  account.credit -= cost;
  message.creditsCharged += cost;
  for (const [to, kind, channel] of fresh) {
    message.recipients.push({
      to,
      kind,
      channel,
      viewToken: viewToken(),
      text,
      reads: 0,
      addedAt: now,
    });
  }
  return {
    ok: true,
    value: {
      ...recipientCounts(message),
      sms: cost,
      emails: fresh.filter(([, , channel]) => sendsEmail(channel)).length,
      creditBefore,
      creditAfter: account.credit,
      creditsUsed: cost,
      text,
    },
  };
}
