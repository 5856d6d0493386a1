import type { components } from '@sms-contracts/types/twosms';
import { addRecipients, recipientCounts, type WantedRecipient } from './add-recipients.ts';
import { invalidDate, isExpired, isSent, parseDate, zeroGuid } from './message-rules.ts';
import { refusedNegative } from './recipient-keys.ts';
import {
  fail,
  type Transaction,
  type TwoSmsAccount,
  type TwoSmsRecipientRecord,
  type TwoSmsResult,
} from './records.ts';

type MessageDetails = components['schemas']['MessageDetails'];

/** PUT api/v1/sms/messages/{messageID}: content, contacts, expiry and read limit. */
export function updateMessage(
  account: TwoSmsAccount,
  id: string,
  input: MessageDetails,
  now: number,
): TwoSmsResult<Transaction> {
  // The body is checked before the message is looked up, as the schema is.
  const refused = refusedNegative(input, ['NoOfReads', 'AdditionalContactID', 'RemoveContactID']);
  if (refused) return fail('InvalidRequest', refused.reason, refused.path);
  const badDate = invalidDate([['ExpiryDate', input.ExpiryDate]]);
  if (badDate) return fail('InvalidDate', badDate.reason, [badDate.name]);
  const message = account.messages.get(id.toLowerCase());
  if (!message) return fail('MessageNotFound', `No message has the id ${id}`);
  if (input.messageId.toLowerCase() !== message.id) {
    return fail(
      'MessageIdMismatch',
      `expected the message of the path (${id}), got ${input.messageId}`,
      ['messageId'],
    );
  }
  if (isExpired(message, now)) {
    return fail(
      'MessageExpired',
      `Message ${message.id} has expired; an expired message cannot be updated`,
    );
  }
  const contentChanges = input.Content !== undefined && input.Content !== message.content;
  if (contentChanges && message.recipients.some((r) => r.reads > 0)) {
    return fail(
      'MessageAlreadyRead',
      'Content cannot change: a recipient has already read the message',
    );
  }
  const expiry = parseDate(input.ExpiryDate) as number | null;

  // Additions are charged first: if the credit does not cover them, nothing changes.
  const wanted: WantedRecipient[] = [];
  if (input.AdditionalContactID > 0)
    wanted.push([`contact:${input.AdditionalContactID}`, 'contact', 2]);
  if (input.AdditionalGroupID && input.AdditionalGroupID !== zeroGuid) {
    wanted.push([`group:${input.AdditionalGroupID.toLowerCase()}`, 'group', 2]);
  }
  const nextContent = contentChanges ? (input.Content as string) : message.content;
  const added = addRecipients(account, message, wanted, now, nextContent);
  if (!added.ok) return added;

  const removals = new Set<string>();
  if (input.RemoveContactID !== undefined && input.RemoveContactID > 0)
    removals.add(`contact:${input.RemoveContactID}`);
  if (input.RemoveGroupID && input.RemoveGroupID !== zeroGuid)
    removals.add(`group:${input.RemoveGroupID.toLowerCase()}`);
  for (let i = message.recipients.length - 1; i >= 0; i -= 1) {
    if (removals.has((message.recipients[i] as TwoSmsRecipientRecord).to))
      message.recipients.splice(i, 1);
  }
  if (contentChanges) {
    message.content = nextContent;
    // Recipients whose SMS has not gone out yet get the new text; sent SMS cannot change.
    if (!isSent(message, now)) for (const r of message.recipients) r.text = nextContent;
  }
  if (input.ExpiryDate !== undefined) message.expiresAt = expiry as number;
  if (input.NoOfReads !== undefined)
    message.maxReads = input.NoOfReads > 0 ? input.NoOfReads : null;
  return {
    ok: true,
    value: { ...added.value, ...recipientCounts(message), message, messageIds: [message.id] },
  };
}
