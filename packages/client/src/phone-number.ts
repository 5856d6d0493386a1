// Full ("max") metadata on purpose: with "min" metadata libphonenumber-js only checks lengths and
// leading digits, so a number no operator could ever have would pass, and the number type
// (mobile or fixed line, which decides whether an SMS can arrive) would be unknown. This module is
// its own entry point, so the metadata never weighs on the API clients.
import {
  type CountryCode,
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  Metadata,
  ParseError,
  type PhoneNumber,
  type PhoneNumberType,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
} from 'libphonenumber-js/max';

export type { CountryCode, PhoneNumberType };

/** Why a number cannot be a recipient. */
export type InvalidPhoneNumberReason =
  | 'NOT_A_NUMBER'
  | 'INVALID_COUNTRY'
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'INVALID_LENGTH'
  | 'NOT_A_VALID_NUMBER'
  | 'NOT_MOBILE';

export interface RecipientOptions {
  /** Country of a number written in national form, e.g. `'IT'` for `347 856 9987`. */
  readonly country?: CountryCode;
  /**
   * Refuse numbers the metadata knows to be something other than mobile (fixed line, toll free…),
   * which usually cannot receive SMS. Numbers that may be either (`FIXED_LINE_OR_MOBILE`) pass.
   * @default false
   */
  readonly mobileOnly?: boolean;
}

export type RecipientCheck =
  | {
      readonly valid: true;
      /** The gateway's recipient form: `+<country calling code>-<national number>`, e.g. `+39-3478569987`. */
      readonly recipient: `+${string}-${string}`;
      /** E.164, e.g. `+393478569987`. */
      readonly e164: string;
      readonly country: CountryCode | undefined;
      /** Mobile, fixed line…, when the metadata can tell. */
      readonly type: PhoneNumberType | undefined;
    }
  | {
      readonly valid: false;
      readonly reason: InvalidPhoneNumberReason;
      /** What is wrong and what was expected, in a sentence. */
      readonly message: string;
    };

/** Thrown by {@link toGatewayRecipient} for a number that cannot be a recipient. */
export class InvalidPhoneNumberError extends Error {
  override readonly name = 'InvalidPhoneNumberError';
  readonly reason: InvalidPhoneNumberReason;

  constructor(reason: InvalidPhoneNumberReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

const possibleReasons = new Set<string>([
  'NOT_A_NUMBER',
  'INVALID_COUNTRY',
  'TOO_SHORT',
  'TOO_LONG',
  'INVALID_LENGTH',
]);

/**
 * Checks a phone number (E.164 such as `+39 347 856 9987`, or national with `country`) and gives
 * the gateway's recipient form `+39-3478569987`, or the reason it is not a usable number.
 */
export function checkRecipient(input: string, options: RecipientOptions = {}): RecipientCheck {
  const { country } = options;
  const quoted = JSON.stringify(input);
  if (country !== undefined && !isSupportedCountry(country)) {
    return invalid(
      'INVALID_COUNTRY',
      `country ${JSON.stringify(country)} is not an ISO 3166-1 alpha-2 code libphonenumber knows`,
    );
  }
  let parsed: PhoneNumber;
  try {
    parsed = parsePhoneNumberWithError(input, country);
  } catch (error) {
    const reason =
      error instanceof ParseError && possibleReasons.has(error.message)
        ? (error.message as InvalidPhoneNumberReason)
        : 'NOT_A_NUMBER';
    return invalid(reason, explainParse(reason, quoted, input, country));
  }
  const where = parsed.country ?? `+${parsed.countryCallingCode}`;
  if (!parsed.isPossible()) {
    const reason = (validatePhoneNumberLength(input, country) ??
      'INVALID_LENGTH') as InvalidPhoneNumberReason;
    // Countries that share a calling code share its number lengths, so any of them describes it.
    const plan =
      parsed.country ??
      getCountries().find((code) => getCountryCallingCode(code) === parsed.countryCallingCode);
    const lengths = plan ? possibleLengths(plan) : '';
    return invalid(
      reason,
      `${quoted} has a national number of ${parsed.nationalNumber.length} digits, ${lengthWord(reason)} for ${where}${lengths}`,
    );
  }
  if (!parsed.isValid()) {
    return invalid(
      'NOT_A_VALID_NUMBER',
      `${quoted} has a possible length but matches no number range of ${where} (no operator uses numbers starting ${parsed.nationalNumber.slice(0, 3)}…)`,
    );
  }
  const type = parsed.getType();
  if (
    options.mobileOnly &&
    type !== undefined &&
    type !== 'MOBILE' &&
    type !== 'FIXED_LINE_OR_MOBILE'
  ) {
    return invalid(
      'NOT_MOBILE',
      `${quoted} is a ${type.toLowerCase().replaceAll('_', ' ')} number of ${where}, not a mobile one`,
    );
  }
  return {
    valid: true,
    recipient: `+${parsed.countryCallingCode}-${parsed.nationalNumber}`,
    e164: parsed.number,
    country: parsed.country,
    type,
  };
}

/**
 * The gateway's recipient form of a phone number, e.g. `toGatewayRecipient('347 856 9987',
 * { country: 'IT' })` → `'+39-3478569987'`. Throws InvalidPhoneNumberError saying why otherwise.
 */
export function toGatewayRecipient(
  input: string,
  options: RecipientOptions = {},
): `+${string}-${string}` {
  const result = checkRecipient(input, options);
  if (!result.valid) throw new InvalidPhoneNumberError(result.reason, result.message);
  return result.recipient;
}

function invalid(reason: InvalidPhoneNumberReason, message: string): RecipientCheck {
  return { valid: false, reason, message };
}

function explainParse(
  reason: InvalidPhoneNumberReason,
  quoted: string,
  input: string,
  country: CountryCode | undefined,
): string {
  switch (reason) {
    case 'INVALID_COUNTRY':
      return input.trim().startsWith('+')
        ? `${quoted} starts with a country calling code no country uses`
        : `${quoted} has no country: write it in E.164 (+39…) or pass { country } (e.g. 'IT')`;
    case 'TOO_SHORT':
    case 'TOO_LONG':
    case 'INVALID_LENGTH':
      return `${quoted} is ${lengthWord(reason)} for a phone number${country ? ` of ${country}${possibleLengths(country)}` : ''}`;
    default:
      return `${quoted} is not a phone number: expected digits, optionally after + and a country calling code`;
  }
}

function lengthWord(reason: InvalidPhoneNumberReason): string {
  return reason === 'TOO_SHORT'
    ? 'too short'
    : reason === 'TOO_LONG'
      ? 'too long'
      : 'a length no number has';
}

/** ` (national numbers have 6–12 digits after +39)` for messages. */
function possibleLengths(country: CountryCode): string {
  const metadata = new Metadata();
  metadata.selectNumberingPlan(country);
  const lengths = metadata.numberingPlan?.possibleLengths() ?? [];
  if (lengths.length === 0) return '';
  const min = Math.min(...lengths);
  const max = Math.max(...lengths);
  const range =
    min === max
      ? `${min}`
      : lengths.length === max - min + 1
        ? `${min}–${max}`
        : lengths.join(', ');
  return ` (national numbers have ${range} digits after +${getCountryCallingCode(country)})`;
}
