import type { BodyPath } from './recipient-keys.ts';
import type { IssuedToken } from './tokens.ts';

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

/** The persisted form of the 2SMS account. */
export interface TwoSmsState {
  readonly credit: number;
  readonly tokens: readonly IssuedToken[];
  readonly messages: readonly TwoSmsMessageRecord[];
}

/** What every job works on: the account's credit and its messages, keyed by lower-case id. */
export interface TwoSmsAccount {
  credit: number;
  readonly messages: Map<string, TwoSmsMessageRecord>;
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
  | 'InvalidRequest'
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
  /** Where in the request body the refused value is, when one value is to blame. */
  readonly path?: BodyPath;
}

export type TwoSmsResult<T> = { readonly ok: true; readonly value: T } | TwoSmsFailure;

export function fail(code: TwoSmsErrorCode, reason: string, path?: BodyPath): TwoSmsFailure {
  return path ? { ok: false, code, reason, path } : { ok: false, code, reason };
}
