import type { components } from '@sms-contracts/types/twosms';
import { invalidDate, parseDate } from './message-rules.ts';
import {
  fail,
  messageTypes,
  type TwoSmsAccount,
  type TwoSmsMessageRecord,
  type TwoSmsResult,
} from './records.ts';

type DeletePendingRecurringMessagesRequest =
  components['schemas']['DeletePendingRecurringMessagesRequest'];

/** DELETE api/v2/sms/messages/pendings|recurrings: cancel, and refund what was not sent. */
export function cancelMessages(
  account: TwoSmsAccount,
  kind: 'pending' | 'recurring',
  request: DeletePendingRecurringMessagesRequest,
  now: number,
): TwoSmsResult<string[]> {
  const badDate = invalidDate([
    ['StartDate', request.StartDate],
    ['EndDate', request.EndDate],
  ]);
  if (badDate) return fail('InvalidDate', badDate.reason, [badDate.name]);
  const listed = new Set((request.MessageIDs ?? []).map((id) => id.toLowerCase()));
  const start = parseDate(request.StartDate);
  const end = parseDate(request.EndDate);
  const cancelled: string[] = [];
  for (const message of account.messages.values()) {
    if (message.cancelledAt !== null) continue;
    const eligible =
      kind === 'pending' ? now < message.sendAt : message.type === messageTypes.recurring;
    if (!eligible) continue;
    const selected =
      request.All === true
        ? !listed.has(message.id)
        : listed.size > 0
          ? listed.has(message.id)
          : matchesFilters(message, request, start, end);
    if (!selected) continue;
    message.cancelledAt = now;
    if (now < message.sendAt) {
      account.credit += message.creditsCharged;
      message.creditsCharged = 0;
    }
    cancelled.push(message.id);
  }
  return { ok: true, value: cancelled };
}

function matchesFilters(
  message: TwoSmsMessageRecord,
  request: DeletePendingRecurringMessagesRequest,
  start: number | null | 'invalid',
  end: number | null | 'invalid',
): boolean {
  // Without All, ids or a filter nothing is selected: an empty request cancels nothing.
  const filtered =
    request.Reference !== undefined ||
    request.Destination !== undefined ||
    start !== null ||
    end !== null;
  return (
    filtered &&
    (request.Reference === undefined || message.reference === request.Reference) &&
    (request.Destination === undefined ||
      message.recipients.some((r) => r.to === request.Destination)) &&
    (typeof start !== 'number' || message.sendAt >= start) &&
    (typeof end !== 'number' || message.sendAt <= end)
  );
}
