import type { OutboxEntry } from '../outbox.ts';
import { countSegments } from '../text/segments.ts';
import { sendsSms } from './message-rules.ts';
import type { TwoSmsAccount } from './records.ts';

/** One entry per SMS the account's messages and expiry notices would have sent. */
export function twoSmsOutbox(account: TwoSmsAccount, now: number): OutboxEntry[] {
  const entries: OutboxEntry[] = [];
  for (const message of account.messages.values()) {
    if (message.cancelledAt !== null && message.cancelledAt <= message.sendAt) continue;
    for (const r of message.recipients) {
      if (!sendsSms(r.channel)) continue;
      const at = Math.max(message.sendAt, r.addedAt);
      const count = countSegments(r.text);
      entries.push({
        api: 'twosms',
        messageId: message.id,
        to: r.to,
        text: r.text,
        encoding: count.encoding,
        segments: count.segments,
        status: now >= at ? 'sent' : 'scheduled',
        sendAt: new Date(at).toISOString(),
        test: false,
        viewToken: r.viewToken,
      });
    }
    for (const notice of message.notices) {
      const count = countSegments(notice.text);
      entries.push({
        api: 'twosms',
        messageId: message.id,
        to: notice.to,
        text: notice.text,
        encoding: count.encoding,
        segments: count.segments,
        status: 'sent',
        sendAt: new Date(notice.at).toISOString(),
        test: false,
      });
    }
  }
  return entries;
}
