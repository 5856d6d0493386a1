import type { components } from '@sms-contracts/types/gateway-sms';

type Recipients = components['schemas']['Recipients'];

/** A recipient in the "+<prefix>-<number>" form, with its placeholder values. */
export interface ParsedRecipient {
  readonly number: string;
  readonly fields: Readonly<Record<string, string>>;
}

/** Shared by every recipient sent as a bare number. */
const noFields: Readonly<Record<string, string>> = Object.freeze({});

export interface ClassifiedRecipients {
  /** Valid recipients in request order, the first of each number kept. */
  readonly valid: readonly ParsedRecipient[];
  /** Recipients not in "+<prefix>-<number>" form, as sent (not deduplicated). */
  readonly invalid: readonly string[];
}

/**
 * The vendor's rule: an international prefix, a "-", then the number, e.g. "+39-3478569987".
 * Digits only on both sides (the vendor's masked examples such as "+39-349xxxxx18" are therefore
 * invalid here); prefix 1..4 digits, number 4..14 digits, so the whole fits E.164's 15 digits.
 */
const recipientForm = /^\+\d{1,4}-\d{4,14}$/;

/** The "+<prefix>" part of a valid recipient, e.g. "+39". */
export function prefixOf(number: string): string {
  return number.slice(0, number.indexOf('-'));
}

/**
 * Splits `recipients` (a number, a recipient object, or an array of either) into valid and
 * invalid ones. Nothing is rejected: a badly formed number is only listed as invalid.
 */
export function classifyRecipients(recipients: Recipients): ClassifiedRecipients {
  const list = Array.isArray(recipients) ? recipients : [recipients];
  const valid: ParsedRecipient[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const entry of list) {
    const number = typeof entry === 'string' ? entry : entry.number;
    if (!recipientForm.test(number)) {
      invalid.push(number);
      continue;
    }
    if (seen.has(number)) continue;
    seen.add(number);
    valid.push({
      number,
      fields: typeof entry === 'string' ? noFields : (entry.fields ?? noFields),
    });
  }
  return { valid, invalid };
}
