import { randomBytes } from 'node:crypto';
import type { components } from '@sms-contracts/types/twosms';
import type { ReadReceipt } from '../control/app.ts';
import { guid } from '../ids.ts';
import type { TwoSmsClientCredentials } from '../options.ts';
import type { OutboxEntry } from '../outbox.ts';
import { countSegments } from '../text/segments.ts';
import { type IssuedToken, TokenStore } from './tokens.ts';

type MessageV2 = components['schemas']['MessageV2'];
type MessageDetails = components['schemas']['MessageDetails'];
type MessageCriteria = components['schemas']['MessageCriteria'];
type DeletePendingRecurringMessagesRequest =
  components['schemas']['DeletePendingRecurringMessagesRequest'];

/** Message kinds (`MessageRequestType`): 0 advanced (SMS+), 1 standard, 2 recurring. */
export const messageTypes = { advanced: 0, standard: 1, recurring: 2 } as const;

/** A recipient: a quick recipient (number or e-mail), an address-book contact, or a group. */
export interface TwoSmsRecipientRecord {
  /** "+12345678901", "someone@example.com", "contact:18", "group:<guid>". */
  readonly to: string;
  readonly kind: 'quick' | 'contact' | 'group';
  /** The `ContactsIncQuick` map value: 1 e-mail, 2 SMS, 3 both (the vendor's legacy meaning). */
  readonly channel: number;
  /** The opaque string the recipient's SMS carries; `contactId` of the view endpoint. */
  readonly viewToken: string;
  /** The text this recipient's SMS carries (fixed once sent). */
  text: string;
  reads: number;
  readonly addedAt: number;
}

export interface TwoSmsMessageRecord {
  readonly id: string;
  readonly type: number;
  content: string;
  readonly sender: string;
  readonly reference: string | undefined;
  readonly createdAt: number;
  /** When the SMS go out (`Options.DateToSend`, else at once). */
  readonly sendAt: number;
  /** `Options.ExpiryDate`; null for none. */
  expiresAt: number | null;
  /** Set when the message was expired on request (DELETE api/v1/sms/messages). */
  expiredAt: number | null;
  /** Set when a pending or recurring message was cancelled. */
  cancelledAt: number | null;
  /** Reads allowed per recipient before the message dissolves (`Reads`/`NoOfReads`); null: no limit. */
  maxReads: number | null;
  readonly responseLimit: number | null;
  readonly recipients: TwoSmsRecipientRecord[];
  /** Credits charged so far (refunded if the message is cancelled before it is sent). */
  creditsCharged: number;
  /** Notices sent to recipients when the message was expired with NotifyRecipients. */
  readonly notices: { readonly to: string; readonly text: string; readonly at: number }[];
}

export interface TwoSmsState {
  readonly credit: number;
  readonly tokens: readonly IssuedToken[];
  readonly messages: readonly TwoSmsMessageRecord[];
}

/** What a send, update or expiry did, for the `SmsTransaction` detail. */
export interface Transaction {
  readonly message: TwoSmsMessageRecord | undefined;
  readonly messageIds: readonly string[];
  readonly contacts: number;
  readonly quickRecipients: number;
  readonly sms: number;
  readonly emails: number;
  readonly creditBefore: number;
  readonly creditAfter: number;
  readonly creditsUsed: number;
  readonly text: string;
}

/**
 * Failure codes: the vendor publishes no catalogue, so these are the emulator's own (README),
 * carried in `Error.ErrorCode` with a sentence in `Error.ErrorReason`.
 */
export type TwoSmsErrorCode =
  | 'MessageNotFound'
  | 'MessageIdMismatch'
  | 'MessageExpired'
  | 'MessageAlreadyRead'
  | 'InsufficientCredit'
  | 'NoRecipients'
  | 'ContactNotFound'
  | 'NotSentYet'
  | 'ReadLimitReached'
  | 'TemplateNotFound'
  | 'InvalidDate';

export interface TwoSmsFailure {
  readonly ok: false;
  readonly code: TwoSmsErrorCode;
  readonly reason: string;
}

export type TwoSmsResult<T> = { readonly ok: true; readonly value: T } | TwoSmsFailure;

function fail(code: TwoSmsErrorCode, reason: string): TwoSmsFailure {
  return { ok: false, code, reason };
}

const zeroGuid = '00000000-0000-0000-0000-000000000000';

function sendsSms(channel: number): boolean {
  // 2 = SMS, 3 = e-mail and SMS; any other unpublished value is taken as SMS, e-mail (1) is not.
  return channel !== 1;
}

function sendsEmail(channel: number): boolean {
  return channel === 1 || channel === 3;
}

function parseDate(value: string | undefined): number | null | 'invalid' {
  if (value === undefined) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? 'invalid' : ms;
}

function viewToken(): string {
  return randomBytes(12).toString('base64url');
}

export interface TwoSmsStoreOptions {
  readonly credit: number;
  readonly clients: readonly TwoSmsClientCredentials[];
  readonly tokenLifetimeMs: number;
  readonly userId: string;
}

/**
 * The 2SMS account: credits, access tokens and messages. Every mutation is synchronous from check
 * to commit, so concurrent requests cannot interleave inside one.
 */
export class TwoSmsStore {
  credit: number;
  readonly tokens: TokenStore;
  readonly userId: string;
  readonly #initialCredit: number;
  readonly #messages = new Map<string, TwoSmsMessageRecord>();

  constructor(options: TwoSmsStoreOptions) {
    this.credit = options.credit;
    this.#initialCredit = options.credit;
    this.tokens = new TokenStore(options.clients, options.tokenLifetimeMs);
    this.userId = options.userId;
  }

  reset(): void {
    this.credit = this.#initialCredit;
    this.tokens.clear();
    this.#messages.clear();
  }

  get(id: string): TwoSmsMessageRecord | undefined {
    return this.#messages.get(id.toLowerCase());
  }

  static isExpired(message: TwoSmsMessageRecord, now: number): boolean {
    return message.expiredAt !== null || (message.expiresAt !== null && now >= message.expiresAt);
  }

  static isSent(message: TwoSmsMessageRecord, now: number): boolean {
    return message.cancelledAt === null && now >= message.sendAt;
  }

  /** POST api/v2/sms/messages. */
  send(input: MessageV2, now: number): TwoSmsResult<Transaction> {
    if (input.Template !== undefined) {
      return fail(
        'TemplateNotFound',
        `Template ${input.Template.ID ?? '(no ID)'} does not exist in the emulator; send Content instead`,
      );
    }
    const options = input.Options;
    const dateToSend = parseDate(options.DateToSend ?? options.RecurringOptions?.RecDateToSend);
    const expiry = parseDate(options.ExpiryDate);
    if (dateToSend === 'invalid' || expiry === 'invalid') {
      return fail(
        'InvalidDate',
        'Options.DateToSend and Options.ExpiryDate: expected ISO 8601 date-times',
      );
    }
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
    const wanted: [string, TwoSmsRecipientRecord['kind'], number][] = [
      ...Object.entries(contacts.QuickRecipients ?? {}).map(
        ([key, channel]) => [key, 'quick', channel] as [string, 'quick', number],
      ),
      ...Object.entries(contacts.ContactID ?? {}).map(
        ([key, channel]) => [`contact:${key}`, 'contact', channel] as [string, 'contact', number],
      ),
      ...Object.entries(contacts.GroupID ?? {}).map(
        ([key, channel]) =>
          [`group:${key.toLowerCase()}`, 'group', channel] as [string, 'group', number],
      ),
    ];
    if (wanted.length === 0) {
      return fail(
        'NoRecipients',
        'Contacts: expected at least one of QuickRecipients, ContactID or GroupID to name a recipient',
      );
    }
    const added = this.#addRecipients(message, wanted, now);
    if (!added.ok) return added;
    this.#messages.set(message.id, message);
    return { ok: true, value: { ...added.value, message, messageIds: [message.id] } };
  }

  /** PUT api/v1/sms/messages/{messageID}: content, contacts, expiry and read limit. */
  update(id: string, input: MessageDetails, now: number): TwoSmsResult<Transaction> {
    const message = this.get(id);
    if (!message) return fail('MessageNotFound', `No message has the id ${id}`);
    if (input.messageId.toLowerCase() !== message.id) {
      return fail(
        'MessageIdMismatch',
        `messageId in the body (${input.messageId}) is not the message of the path (${id})`,
      );
    }
    if (TwoSmsStore.isExpired(message, now)) {
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
    const expiry = parseDate(input.ExpiryDate);
    if (expiry === 'invalid')
      return fail('InvalidDate', 'ExpiryDate: expected [YYYY-MM-DDTHH:MM:SSZ]');

    // Additions are charged first: if the credit does not cover them, nothing changes.
    const wanted: [string, TwoSmsRecipientRecord['kind'], number][] = [];
    if (input.AdditionalContactID > 0)
      wanted.push([`contact:${input.AdditionalContactID}`, 'contact', 2]);
    if (input.AdditionalGroupID && input.AdditionalGroupID !== zeroGuid) {
      wanted.push([`group:${input.AdditionalGroupID.toLowerCase()}`, 'group', 2]);
    }
    const nextContent = contentChanges ? (input.Content as string) : message.content;
    const added = this.#addRecipients(message, wanted, now, nextContent);
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
      if (!TwoSmsStore.isSent(message, now))
        for (const r of message.recipients) r.text = nextContent;
    }
    if (input.ExpiryDate !== undefined) message.expiresAt = expiry as number;
    if (input.NoOfReads !== undefined)
      message.maxReads = input.NoOfReads > 0 ? input.NoOfReads : null;
    return {
      ok: true,
      value: { ...added.value, ...TwoSmsStore.#counts(message), message, messageIds: [message.id] },
    };
  }

  /** DELETE api/v1/sms/messages: expire advanced messages by criteria, optionally notifying. */
  expire(criteria: MessageCriteria, now: number): TwoSmsResult<Transaction> {
    const matches = this.#expiryMatches(criteria, now);
    const creditBefore = this.credit;
    const notice = criteria.Reason ?? 'This message has expired.';
    const noticeSegments = countSegments(notice).segments;
    const notified = criteria.NotifyRecipients
      ? matches.flatMap((m) =>
          m.recipients.filter((r) => sendsSms(r.channel)).map((r) => ({ message: m, to: r.to })),
        )
      : [];
    const cost = notified.length * noticeSegments;
    if (cost > this.credit) {
      return fail(
        'InsufficientCredit',
        `Notifying ${notified.length} recipients needs ${cost} credits; ${this.credit} available`,
      );
    }
    this.credit -= cost;
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
        creditAfter: this.credit,
        creditsUsed: cost,
        text: criteria.NotifyRecipients ? notice : '',
      },
    };
  }

  /** DELETE api/v2/sms/messages/pendings|recurrings: cancel, and refund what was not sent. */
  cancel(
    kind: 'pending' | 'recurring',
    request: DeletePendingRecurringMessagesRequest,
    now: number,
  ): string[] {
    const listed = new Set((request.MessageIDs ?? []).map((id) => id.toLowerCase()));
    const start = parseDate(request.StartDate);
    const end = parseDate(request.EndDate);
    const cancelled: string[] = [];
    for (const message of this.#messages.values()) {
      if (message.cancelledAt !== null) continue;
      const eligible =
        kind === 'pending' ? now < message.sendAt : message.type === messageTypes.recurring;
      if (!eligible) continue;
      const selected =
        request.All === true
          ? !listed.has(message.id)
          : listed.size > 0
            ? listed.has(message.id)
            : this.#matchesFilters(message, request, start, end);
      if (!selected) continue;
      message.cancelledAt = now;
      if (now < message.sendAt) {
        this.credit += message.creditsCharged;
        message.creditsCharged = 0;
      }
      cancelled.push(message.id);
    }
    return cancelled;
  }

  /** A recipient reads the message (the view endpoint, or the control API). */
  read(
    id: string,
    contact: string,
    now: number,
  ): TwoSmsResult<{ message: TwoSmsMessageRecord; recipient: TwoSmsRecipientRecord }> {
    const message = this.get(id);
    if (!message) return fail('MessageNotFound', `No message has the id ${id}`);
    const recipient = message.recipients.find((r) => r.viewToken === contact || r.to === contact);
    if (!recipient)
      return fail('ContactNotFound', `Message ${message.id} has no recipient "${contact}"`);
    if (!TwoSmsStore.isSent(message, now))
      return fail('NotSentYet', `Message ${message.id} has not been sent yet`);
    if (TwoSmsStore.isExpired(message, now))
      return fail('MessageExpired', `Message ${message.id} has expired`);
    if (message.maxReads !== null && recipient.reads >= message.maxReads) {
      return fail(
        'ReadLimitReached',
        `Message ${message.id} has been read the maximum ${message.maxReads} times by this recipient`,
      );
    }
    recipient.reads += 1;
    return { ok: true, value: { message, recipient } };
  }

  markRead(id: string, contact: string, now: number): ReadReceipt {
    const result = this.read(id, contact, now);
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

  /** Messages for the report, newest first. */
  list(): TwoSmsMessageRecord[] {
    return [...this.#messages.values()].reverse();
  }

  outbox(now: number): OutboxEntry[] {
    const entries: OutboxEntry[] = [];
    for (const message of this.#messages.values()) {
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

  toJSON(): TwoSmsState {
    return {
      credit: this.credit,
      tokens: this.tokens.toJSON(),
      messages: [...this.#messages.values()],
    };
  }

  load(state: TwoSmsState): void {
    this.credit = state.credit;
    this.tokens.load(state.tokens ?? []);
    this.#messages.clear();
    for (const message of state.messages ?? []) {
      this.#messages.set(message.id, {
        ...message,
        recipients: message.recipients.map((r) => ({ ...r })),
        notices: [...message.notices],
      });
    }
  }

  /**
   * Adds recipients not already on the message and charges their SMS (one credit per segment of
   * the text), all or nothing.
   */
  #addRecipients(
    message: TwoSmsMessageRecord,
    wanted: readonly [string, TwoSmsRecipientRecord['kind'], number][],
    now: number,
    text = message.content,
  ): TwoSmsResult<Omit<Transaction, 'message' | 'messageIds'>> {
    const present = new Set(message.recipients.map((r) => r.to));
    const fresh: (typeof wanted)[number][] = [];
    for (const entry of wanted) {
      if (present.has(entry[0])) continue;
      present.add(entry[0]);
      fresh.push(entry);
    }
    const segments = countSegments(text).segments;
    const smsRecipients = fresh.filter(([, , channel]) => sendsSms(channel)).length;
    const cost = smsRecipients * segments;
    const creditBefore = this.credit;
    if (cost > this.credit) {
      return fail(
        'InsufficientCredit',
        `This needs ${cost} credits (${smsRecipients} SMS of ${segments} segment(s)); ${this.credit} available`,
      );
    }
    this.credit -= cost;
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
        ...TwoSmsStore.#counts(message),
        sms: cost,
        emails: fresh.filter(([, , channel]) => sendsEmail(channel)).length,
        creditBefore,
        creditAfter: this.credit,
        creditsUsed: cost,
        text,
      },
    };
  }

  /** The message's recipients as the transaction detail counts them. */
  static #counts(message: TwoSmsMessageRecord): { contacts: number; quickRecipients: number } {
    return {
      contacts: message.recipients.length,
      quickRecipients: message.recipients.filter((r) => r.kind === 'quick').length,
    };
  }

  #expiryMatches(criteria: MessageCriteria, now: number): TwoSmsMessageRecord[] {
    const advanced = [...this.#messages.values()].filter(
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
          TwoSmsStore.isExpired(m, now) ||
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

  #matchesFilters(
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
}
