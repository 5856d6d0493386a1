import type { components } from '@sms-contracts/types/twosms';
import type { ReadReceipt } from '../control/app.ts';
import type { TwoSmsClientCredentials } from '../options.ts';
import type { OutboxEntry } from '../outbox.ts';
import { cancelMessages } from './cancel.ts';
import { expireMessages } from './expire.ts';
import { isExpired, isSent } from './message-rules.ts';
import { twoSmsOutbox } from './outbox.ts';
import { loadAccount, saveAccount } from './persistence.ts';
import { markRead, readMessage } from './read.ts';
import type {
  Transaction,
  TwoSmsAccount,
  TwoSmsMessageRecord,
  TwoSmsRecipientRecord,
  TwoSmsResult,
  TwoSmsState,
} from './records.ts';
import { sendMessage } from './send.ts';
import { TokenStore } from './tokens.ts';
import { updateMessage } from './update.ts';

export type {
  Transaction,
  TwoSmsErrorCode,
  TwoSmsFailure,
  TwoSmsMessageRecord,
  TwoSmsRecipientRecord,
  TwoSmsResult,
  TwoSmsState,
} from './records.ts';
export { messageTypes } from './records.ts';

type MessageV2 = components['schemas']['MessageV2'];
type MessageDetails = components['schemas']['MessageDetails'];
type MessageCriteria = components['schemas']['MessageCriteria'];
type DeletePendingRecurringMessagesRequest =
  components['schemas']['DeletePendingRecurringMessagesRequest'];

export interface TwoSmsStoreOptions {
  readonly credit: number;
  readonly clients: readonly TwoSmsClientCredentials[];
  readonly tokenLifetimeMs: number;
  readonly userId: string;
}

/**
 * The 2SMS account: credits, access tokens and messages. Each job lives in its own file (send,
 * update, expire, cancel, read, outbox, persistence); this class holds the state they work on.
 * Every mutation is synchronous from check to commit, so concurrent requests cannot interleave
 * inside one.
 */
export class TwoSmsStore implements TwoSmsAccount {
  credit: number;
  readonly messages = new Map<string, TwoSmsMessageRecord>();
  readonly tokens: TokenStore;
  readonly userId: string;
  readonly #initialCredit: number;

  constructor(options: TwoSmsStoreOptions) {
    this.credit = options.credit;
    this.#initialCredit = options.credit;
    this.tokens = new TokenStore(options.clients, options.tokenLifetimeMs);
    this.userId = options.userId;
  }

  reset(): void {
    this.credit = this.#initialCredit;
    this.tokens.clear();
    this.messages.clear();
  }

  get(id: string): TwoSmsMessageRecord | undefined {
    return this.messages.get(id.toLowerCase());
  }

  static isExpired(message: TwoSmsMessageRecord, now: number): boolean {
    return isExpired(message, now);
  }

  static isSent(message: TwoSmsMessageRecord, now: number): boolean {
    return isSent(message, now);
  }

  send(input: MessageV2, now: number): TwoSmsResult<Transaction> {
    return sendMessage(this, input, now);
  }

  update(id: string, input: MessageDetails, now: number): TwoSmsResult<Transaction> {
    return updateMessage(this, id, input, now);
  }

  expire(criteria: MessageCriteria, now: number): TwoSmsResult<Transaction> {
    return expireMessages(this, criteria, now);
  }

  cancel(
    kind: 'pending' | 'recurring',
    request: DeletePendingRecurringMessagesRequest,
    now: number,
  ): TwoSmsResult<string[]> {
    return cancelMessages(this, kind, request, now);
  }

  read(
    id: string,
    contact: string,
    now: number,
  ): TwoSmsResult<{ message: TwoSmsMessageRecord; recipient: TwoSmsRecipientRecord }> {
    return readMessage(this, id, contact, now);
  }

  markRead(id: string, contact: string, now: number): ReadReceipt {
    return markRead(this, id, contact, now);
  }

  /** Messages for the report, newest first. */
  list(): TwoSmsMessageRecord[] {
    return [...this.messages.values()].reverse();
  }

  outbox(now: number): OutboxEntry[] {
    return twoSmsOutbox(this, now);
  }

  toJSON(): TwoSmsState {
    return saveAccount(this, this.tokens);
  }

  load(state: TwoSmsState): void {
    loadAccount(this, this.tokens, state);
  }
}
