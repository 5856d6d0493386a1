import type { components } from '@sms-contracts/types/twosms';
import { countSegments } from '../text/segments.ts';
import { invalidDate, isExpired, parseDate, sendsSms } from './message-rules.ts';
import {
  fail,
  messageTypes,
  type Transaction,
  type TwoSmsAccount,
  type TwoSmsMessageRecord,
  type TwoSmsResult,
} from './records.ts';

type MessageCriteria = components['schemas']['MessageCriteria'];

/** DELETE api/v1/sms/messages: expire advanced messages by criteria, optionally notifying. */
export function expireMessages(
  account: TwoSmsAccount,
  criteria: MessageCriteria,
  now: number,
): TwoSmsResult<Transaction> {
  const badDate = invalidDate([
    ['StartDate', criteria.StartDate],
    ['FinishDate', criteria.FinishDate],
  ]);
  if (badDate) return fail('InvalidDate', badDate.reason, [badDate.name]);
  const matches = expiryMatches(account, criteria, now);
  const creditBefore = account.credit;
  const notice = criteria.Reason ?? 'This message has expired.';
  const noticeSegments = countSegments(notice).segments;
  const notified = criteria.NotifyRecipients
    ? matches.flatMap((m) =>
        m.recipients.filter((r) => sendsSms(r.channel)).map((r) => ({ message: m, to: r.to })),
      )
    : [];
  const cost = notified.length * noticeSegments;
  if (cost > account.credit) {
    return fail(
      'InsufficientCredit',
      `Notifying ${notified.length} recipients needs ${cost} credits; ${account.credit} available`,
    );
  }
  account.credit -= cost;
  for (const message of matches) {
    message.expiredAt ??= now;
    if (criteria.Delete) message.content = '';
  }
  for (const { message, to } of notified) message.notices.push({ to, text: notice, at: now });
  return {
    ok: true,
    value: {
      message: undefined,
      messageIds: matches.map((m) => m.id),
      contacts: notified.length,
      quickRecipients: 0,
      sms: cost,
      emails: 0,
      creditBefore,
      creditAfter: account.credit,
      creditsUsed: cost,
      text: criteria.NotifyRecipients ? notice : '',
    },
  };
}

function expiryMatches(
  account: TwoSmsAccount,
  criteria: MessageCriteria,
  now: number,
): TwoSmsMessageRecord[] {
  const advanced = [...account.messages.values()].filter(
    (m) => m.type === messageTypes.advanced && m.expiredAt === null,
  );
  if (criteria.MessageIDs !== undefined) {
    const ids = new Set(criteria.MessageIDs.map((id) => id.toLowerCase()));
    return advanced.filter((m) => ids.has(m.id));
  }
  const start = parseDate(criteria.StartDate);
  const finish = parseDate(criteria.FinishDate);
  const filtered = criteria.Destination !== undefined || start !== null || finish !== null;
  if (!filtered) {
    // The vendor's default: messages already expired, or read the maximum number of times.
    return advanced.filter(
      (m) =>
        isExpired(m, now) ||
        (m.maxReads !== null &&
          m.recipients.length > 0 &&
          m.recipients.every((r) => r.reads >= (m.maxReads as number))),
    );
  }
  return advanced.filter(
    (m) =>
      (criteria.Destination === undefined ||
        m.recipients.some((r) => r.to === criteria.Destination)) &&
      (typeof start !== 'number' || m.sendAt >= start) &&
      (typeof finish !== 'number' || m.sendAt <= finish),
  );
}
