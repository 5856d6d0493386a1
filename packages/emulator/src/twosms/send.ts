import type { components } from '@sms-contracts/types/twosms';
import { guid } from '../ids.ts';
import { addRecipients, type WantedRecipient } from './add-recipients.ts';
import { invalidDate, parseDate } from './message-rules.ts';
import { refusedNegative, refusedRecipientKey } from './recipient-keys.ts';
import {
  fail,
  type Transaction,
  type TwoSmsAccount,
  type TwoSmsMessageRecord,
  type TwoSmsResult,
} from './records.ts';

type MessageV2 = components['schemas']['MessageV2'];

/** POST api/v2/sms/messages. */
export function sendMessage(
  account: TwoSmsAccount,
  input: MessageV2,
  now: number,
): TwoSmsResult<Transaction> {
  if (input.Template !== undefined) {
    return fail(
      'TemplateNotFound',
      `Template ${input.Template.ID ?? '(no ID)'} does not exist in the emulator; send Content instead`,
      ['Template'],
    );
  }
  const refused =
    refusedRecipientKey(input.Contacts) ?? refusedNegative(input.Options, ['Reads'], ['Options']);
  if (refused) return fail('InvalidRequest', refused.reason, refused.path);
  const options = input.Options;
  const badDate = invalidDate([
    ['DateToSend', options.DateToSend],
    ['ExpiryDate', options.ExpiryDate],
  ]);
  if (badDate) return fail('InvalidDate', badDate.reason, ['Options', badDate.name]);
  const recurring = options.RecurringOptions?.RecDateToSend;
  if (invalidDate([['RecDateToSend', recurring]])) {
    return fail('InvalidDate', `expected an ISO 8601 date-time, got ${JSON.stringify(recurring)}`, [
      'Options',
      'RecurringOptions',
      'RecDateToSend',
    ]);
  }
  const dateToSend = parseDate(options.DateToSend ?? recurring) as number | null;
  const expiry = parseDate(options.ExpiryDate) as number | null;
  const content = input.Content ?? '';
  const message: TwoSmsMessageRecord = {
    id: guid(),
    type: input.Type,
    content,
    sender: options.Sender ?? '',
    reference: options.Reference,
    createdAt: now,
    sendAt: dateToSend ?? now,
    expiresAt: expiry,
    expiredAt: null,
    cancelledAt: null,
    maxReads: options.Reads !== undefined && options.Reads > 0 ? options.Reads : null,
    responseLimit: options.ResponseLimit ?? null,
    recipients: [],
    creditsCharged: 0,
    notices: [],
  };
  const contacts = input.Contacts;
  const wanted: WantedRecipient[] = [
    ...Object.entries(contacts.QuickRecipients ?? {}).map(
      ([key, channel]): WantedRecipient => [key, 'quick', channel],
    ),
    ...Object.entries(contacts.ContactID ?? {}).map(
      ([key, channel]): WantedRecipient => [`contact:${key}`, 'contact', channel],
    ),
    ...Object.entries(contacts.GroupID ?? {}).map(
      ([key, channel]): WantedRecipient => [`group:${key.toLowerCase()}`, 'group', channel],
    ),
  ];
  if (wanted.length === 0) {
    return fail(
      'NoRecipients',
      'expected at least one of QuickRecipients, ContactID or GroupID to name a recipient',
      ['Contacts'],
    );
  }
  const added = addRecipients(account, message, wanted, now);
  if (!added.ok) return added;
  account.messages.set(message.id, message);
  return { ok: true, value: { ...added.value, message, messageIds: [message.id] } };
}
