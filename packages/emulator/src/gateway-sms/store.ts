import type { components } from '@sms-contracts/types/gateway-sms';
import { objectId } from '../ids.ts';
import { roundMoney } from '../money.ts';
import type { OutboxEntry } from '../outbox.ts';
import { fillPlaceholders } from '../text/fill-placeholders.ts';
import { countSegments, type SegmentCount } from '../text/segments.ts';
import { basePrice, finalPrice, type GatewayPricing } from './pricing.ts';
import { type GatewayRecipientRecord, RecipientColumns } from './recipient-columns.ts';
import { classifyRecipients, type ParsedRecipient } from './recipients.ts';
import { parseTimestampSend } from './timestamp-send.ts';

type PostBodyMessage = components['schemas']['PostBodyMessage'];
type PutBodyMessage = components['schemas']['PutBodyMessage'];
type Options = components['schemas']['Options'];

export type { GatewayRecipientRecord } from './recipient-columns.ts';

export interface GatewayMessageRecord {
  readonly id: string;
  readonly test: boolean;
  readonly sender: string;
  readonly body: string;
  readonly priority: number;
  readonly options: Omit<Options, 'timestamp_send'>;
  /** Epoch ms of `options.timestamp_send`, or null to send as soon as it is queued. */
  sendAt: number | null;
  /** True while a transaction is open: stored, not queued. */
  open: boolean;
  readonly createdAt: number;
  updatedAt: number;
  /** When the transaction closed (or the message was created closed). */
  queuedAt: number | null;
  readonly recipients: RecipientColumns;
  readonly invalid: string[];
  /** Running sums over `recipients`, kept so a PUT costs the same on the 10th or 10,000th call. */
  smsTotal: number;
  priceTotal: number;
}

/** A message as the state file holds it: recipients as plain objects. */
export type PersistedGatewayMessage = Omit<GatewayMessageRecord, 'recipients'> & {
  readonly recipients: readonly GatewayRecipientRecord[];
};

/** The persisted form of the Gateway SMS account. */
export interface GatewayState {
  readonly credit: number;
  readonly messages: readonly PersistedGatewayMessage[];
}

export type GatewayFailure =
  | { readonly kind: 'not-found' }
  | { readonly kind: 'closed' }
  | { readonly kind: 'not-deletable' }
  | { readonly kind: 'credit'; readonly needed: number; readonly available: number }
  | { readonly kind: 'bad-timestamp'; readonly value: string };

export type GatewayResult<T> = { readonly kind: 'ok'; readonly value: T } | GatewayFailure;

/** Lifecycle of a message: 0 while open or waiting for its send time, 2 once sent. */
export type GatewayMessageState = 0 | 2;

function isFailure(value: number | null | GatewayFailure): value is GatewayFailure {
  return value !== null && typeof value === 'object';
}

interface MessageEntry {
  readonly record: GatewayMessageRecord;
  /** Segments of the body itself, shared by every recipient whose text has nothing filled in. */
  bodyCount?: SegmentCount;
}

/**
 * The Gateway SMS account: wallet credit and messages. Every mutation runs synchronously from
 * check to commit, so concurrent requests (interleaved only at `await`s in the HTTP layer) can
 * neither lose an added recipient nor count one twice.
 */
export class GatewayStore {
  credit: number;
  readonly #messages = new Map<string, MessageEntry>();
  readonly #pricing: GatewayPricing;
  readonly #initialCredit: number;

  constructor(pricing: GatewayPricing, initialCredit: number) {
    this.#pricing = pricing;
    this.#initialCredit = initialCredit;
    this.credit = initialCredit;
  }

  reset(): void {
    this.credit = this.#initialCredit;
    this.#messages.clear();
  }

  create(input: PostBodyMessage, now: number): GatewayResult<GatewayMessageRecord> {
    const sendAt = this.#sendAt(input.options?.timestamp_send);
    if (isFailure(sendAt)) return sendAt;
    const { timestamp_send: _ignored, ...options } = input.options ?? {};
    const open = input.transaction === true;
    const priority = input.priority ?? 1;
    const record: GatewayMessageRecord = {
      id: objectId(now),
      test: input.test ?? false,
      sender: input.sender,
      body: input.body,
      priority,
      options: { flash: false, realtime: false, ...options },
      sendAt,
      open,
      createdAt: now,
      updatedAt: now,
      queuedAt: open ? null : now,
      recipients: this.#columns(input.body, priority, input.options?.realtime === true),
      invalid: [],
      smsTotal: 0,
      priceTotal: 0,
    };
    const entry: MessageEntry = { record };
    const added = this.#addRecipients(entry, input.recipients);
    if (added.kind !== 'ok') return added;
    this.#messages.set(record.id, entry);
    return { kind: 'ok', value: record };
  }

  /** PUT: adds recipients to an open message, moves its send date, and closes it on request. */
  append(id: string, input: PutBodyMessage, now: number): GatewayResult<GatewayMessageRecord> {
    const entry = this.#messages.get(id);
    if (!entry) return { kind: 'not-found' };
    const { record } = entry;
    if (!record.open) return { kind: 'closed' };
    const sendAt = this.#sendAt(input.options?.timestamp_send);
    if (isFailure(sendAt)) return sendAt;
    const added = this.#addRecipients(entry, input.recipients);
    if (added.kind !== 'ok') return added;
    if (input.options?.timestamp_send !== undefined) record.sendAt = sendAt;
    if (input.transaction === false) {
      record.open = false;
      record.queuedAt = now;
    }
    record.updatedAt = now;
    return { kind: 'ok', value: record };
  }

  /** DELETE: only an open transaction can be cancelled; its spent credit is not refunded. */
  delete(id: string): GatewayResult<GatewayMessageRecord> {
    const entry = this.#messages.get(id);
    if (!entry) return { kind: 'not-found' };
    if (!entry.record.open) return { kind: 'not-deletable' };
    this.#messages.delete(id);
    return { kind: 'ok', value: entry.record };
  }

  get(id: string): GatewayMessageRecord | undefined {
    return this.#messages.get(id)?.record;
  }

  /** Newest first, as in the vendor's list example. */
  list(): GatewayMessageRecord[] {
    return [...this.#messages.values()].map((entry) => entry.record).reverse();
  }

  /** When a queued message goes out: its send date, else the moment it was queued. */
  static sendTime(record: GatewayMessageRecord): number | null {
    if (record.open || record.queuedAt === null) return null;
    return Math.max(record.sendAt ?? record.queuedAt, record.queuedAt);
  }

  static state(record: GatewayMessageRecord, now: number): GatewayMessageState {
    const at = GatewayStore.sendTime(record);
    return at !== null && now >= at ? 2 : 0;
  }

  outbox(now: number): OutboxEntry[] {
    const entries: OutboxEntry[] = [];
    for (const { record } of this.#messages.values()) {
      const at = GatewayStore.sendTime(record);
      if (at === null) continue;
      for (const recipient of record.recipients) {
        entries.push({
          api: 'gateway-sms',
          messageId: record.id,
          to: recipient.number,
          text: recipient.text,
          encoding: recipient.encoding,
          segments: recipient.segments,
          status: now >= at ? 'sent' : 'scheduled',
          sendAt: new Date(at).toISOString(),
          test: record.test,
        });
      }
    }
    return entries;
  }

  totals(record: GatewayMessageRecord): { smsTotal: number; basePrice: number; price: number } {
    return {
      smsTotal: record.smsTotal,
      basePrice: basePrice(this.#pricing, record.smsTotal),
      price: record.priceTotal,
    };
  }

  toJSON(): GatewayState {
    const messages = [...this.#messages.values()].map(({ record }) => ({
      ...record,
      recipients: record.recipients.toJSON(),
    }));
    return { credit: this.credit, messages };
  }

  load(state: GatewayState): void {
    this.credit = state.credit;
    this.#messages.clear();
    for (const saved of state.messages) {
      const recipients = this.#columns(saved.body, saved.priority, saved.options.realtime === true);
      for (const recipient of saved.recipients) recipients.push(recipient);
      this.#messages.set(saved.id, {
        record: { ...saved, recipients, invalid: [...saved.invalid] },
      });
    }
  }

  #columns(body: string, priority: number, realtime: boolean): RecipientColumns {
    const pricing = this.#pricing;
    return new RecipientColumns(body, (segments) =>
      finalPrice(pricing, segments, priority, realtime),
    );
  }

  #sendAt(value: string | undefined): number | null | GatewayFailure {
    if (value === undefined) return null;
    return parseTimestampSend(value) ?? { kind: 'bad-timestamp', value };
  }

  /**
   * Renders, prices and charges the new recipients, then commits them, all or nothing: a send
   * the credit cannot cover changes nothing. `test` messages are simulated and never charged.
   */
  #addRecipients(
    entry: MessageEntry,
    recipients: PostBodyMessage['recipients'],
  ): GatewayResult<undefined> {
    const { record } = entry;
    const { valid, invalid } = classifyRecipients(recipients);
    const fresh = valid.filter((recipient) => !record.recipients.has(recipient.number));
    const priced = fresh.map((recipient) => this.#render(entry, recipient));
    const cost = record.test ? 0 : roundMoney(priced.reduce((sum, r) => sum + r.price, 0));
    if (cost > this.credit) return { kind: 'credit', needed: cost, available: this.credit };
    this.credit = roundMoney(this.credit - cost);
    for (const recipient of priced) {
      record.recipients.push(recipient);
      record.smsTotal += recipient.segments;
      record.priceTotal = roundMoney(record.priceTotal + recipient.price);
    }
    record.invalid.push(...invalid);
    return { kind: 'ok', value: undefined };
  }

  #render(entry: MessageEntry, recipient: ParsedRecipient): GatewayRecipientRecord {
    const { record } = entry;
    const text = fillPlaceholders(record.body, recipient.fields);
    let count: SegmentCount;
    if (text === record.body) {
      entry.bodyCount ??= countSegments(text);
      count = entry.bodyCount;
    } else {
      count = countSegments(text);
    }
    return {
      number: recipient.number,
      fields: recipient.fields,
      text,
      encoding: count.encoding,
      segments: count.segments,
      remaining: count.remaining,
      price: record.recipients.priceOf(count.segments),
    };
  }
}
