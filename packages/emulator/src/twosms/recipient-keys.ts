import { guidPattern } from '../ids.ts';

/** A data-model path into the request body, e.g. `["Contacts", "QuickRecipients", "+1234"]`. */
export type BodyPath = readonly (string | number)[];

/** A recipient key the emulator refuses: where it is, and what was expected. */
export interface RefusedKey {
  readonly path: BodyPath;
  readonly reason: string;
}

// A phone number: an optional "+", then 4 to 15 digits (E.164's limit), spaces, dots, dashes and
// brackets allowed between them as people write numbers.
const phoneNumber = /^\+?(?:[\s().-]*\d){4,15}[\s().-]*$/;
const emailAddress = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>".]+$/;
const personNumber = /^[1-9]\d{0,9}$/;
const int32Max = 2 ** 31 - 1;

function expected(kind: string, key: string): string {
  return `expected ${kind}, got ${JSON.stringify(key)}`;
}

/**
 * Checks the keys of `Contacts`: quick recipients must be a phone number or an e-mail address,
 * contacts a PersonNumber (a positive 32-bit integer), groups a GUID. The vendor publishes no
 * rule; these refuse what no address book or carrier could deliver to (`""`, `"__proto__"`,
 * `"not a number; DROP TABLE"`) rather than charge for it.
 */
export function refusedRecipientKey(contacts: {
  readonly QuickRecipients?: Readonly<Record<string, number>>;
  readonly ContactID?: Readonly<Record<string, number>>;
  readonly GroupID?: Readonly<Record<string, number>>;
}): RefusedKey | undefined {
  for (const key of Object.keys(contacts.QuickRecipients ?? {})) {
    if (!phoneNumber.test(key) && !emailAddress.test(key)) {
      return {
        path: ['Contacts', 'QuickRecipients', key],
        reason: expected('a phone number such as "+12345678901" or an e-mail address', key),
      };
    }
  }
  for (const key of Object.keys(contacts.ContactID ?? {})) {
    if (!personNumber.test(key) || Number(key) > int32Max) {
      return {
        path: ['Contacts', 'ContactID', key],
        reason: expected('a contact PersonNumber (an integer from 1 to 2147483647)', key),
      };
    }
  }
  for (const key of Object.keys(contacts.GroupID ?? {})) {
    if (!guidPattern.test(key)) {
      return { path: ['Contacts', 'GroupID', key], reason: expected('a group GUID', key) };
    }
  }
  return undefined;
}

/** A count or id where 0 means "none" and a negative number means nothing: refused. */
export function refusedNegative(
  body: Readonly<Record<string, unknown>>,
  keys: readonly string[],
  prefix: BodyPath = [],
): RefusedKey | undefined {
  for (const key of keys) {
    const value = body[key];
    if (typeof value === 'number' && value < 0) {
      return {
        path: [...prefix, key],
        reason: `expected 0 (none) or a positive integer, got ${value}`,
      };
    }
  }
  return undefined;
}
