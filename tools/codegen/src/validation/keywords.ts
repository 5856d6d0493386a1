// Which schema keywords the validator generator understands. Anything else stops generation:
// a keyword we silently skipped would make validation looser than the spec says.

/** Keywords compiled into checks, with JSON Schema 2020-12 semantics. */
export const assertionKeywords = [
  '$ref',
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'minProperties',
  'maxProperties',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
] as const;

/** Keywords that never change a verdict (OpenAPI 3.1 and JSON Schema annotations). */
export const annotationKeywords = [
  'title',
  'description',
  'examples',
  'example',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'xml',
  'externalDocs',
  'discriminator',
  '$comment',
  '$defs',
  'contentMediaType',
  'contentEncoding',
] as const;

/** Hints for keywords people bring from OpenAPI 3.0 or elsewhere. */
export const keywordHints: Readonly<Record<string, string>> = {
  nullable: 'OpenAPI 3.1 has no "nullable": add "null" to "type", e.g. type: [string, "null"]',
  exclusiveMinimum: 'in OpenAPI 3.1 "exclusiveMinimum" is a number, not a boolean',
  exclusiveMaximum: 'in OpenAPI 3.1 "exclusiveMaximum" is a number, not a boolean',
};

/**
 * `format` values and what they do. OpenAPI 3.1 leaves format assertion to the tool; these
 * validators assert the ones listed as checks (uuid and date-time are in the contracts'
 * promises) and treat the rest listed here as annotations.
 */
export const stringFormats = {
  uuid: { check: 'isUuid', label: 'a UUID' },
  'date-time': { check: 'isDateTime', label: 'an RFC 3339 date-time (YYYY-MM-DDTHH:MM:SSZ)' },
  date: { check: 'isDate', label: 'an RFC 3339 date (YYYY-MM-DD)' },
} as const;

/** OpenAPI format registry: int32 and int64 are signed ranges (the value's type decides integer-ness). */
export const numberFormats = {
  int32: {
    min: '-2147483648',
    below: '2147483648',
    label: 'a signed 32-bit value (-2147483648 to 2147483647)',
  },
  // 2 ** 63 is exact as a double; 2 ** 63 - 1 is not, hence "below".
  int64: {
    min: '-9223372036854775808',
    below: '9223372036854775808',
    label: 'a signed 64-bit value (-2^63 to 2^63-1)',
  },
} as const;

/** Formats that only describe (every JSON number is a valid double; "password" is a UI hint). */
export const annotationFormats = ['double', 'float', 'password'] as const;

export const jsonTypes = [
  'null',
  'boolean',
  'object',
  'array',
  'number',
  'integer',
  'string',
] as const;
export type JsonType = (typeof jsonTypes)[number];
