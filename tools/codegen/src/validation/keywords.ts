// Which schema keywords change a verdict, and what `format` values mean. Every other keyword
// (OpenAPI's `discriminator`, `xml`, `example`, `externalDocs`, `x-` extensions, and any keyword
// JSON Schema 2020-12 does not define) is an annotation, as the dialect says.

/** Keywords compiled into checks, with JSON Schema 2020-12 semantics. */
export const assertionKeywords = [
  '$ref',
  '$dynamicRef',
  'type',
  'enum',
  'const',
  'properties',
  'patternProperties',
  'required',
  'dependentRequired',
  'dependentSchemas',
  'dependencies',
  'additionalProperties',
  'unevaluatedProperties',
  'propertyNames',
  'minProperties',
  'maxProperties',
  'prefixItems',
  'items',
  'contains',
  'minContains',
  'maxContains',
  'unevaluatedItems',
  'uniqueItems',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'multipleOf',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'then',
  'else',
] as const;

/** Hints for keyword values people bring from OpenAPI 3.0. */
export const keywordHints: Readonly<Record<string, string>> = {
  exclusiveMinimum: 'in OpenAPI 3.1 "exclusiveMinimum" is a number, not a boolean',
  exclusiveMaximum: 'in OpenAPI 3.1 "exclusiveMaximum" is a number, not a boolean',
};

/**
 * String formats these validators can assert: the runtime check and what a message calls it.
 * `library` checks come from @hyperjump/json-schema-formats; the three others are our own,
 * because they are on the hot path of every response (see docs/adr).
 */
export const stringFormats = {
  uuid: { check: 'isUuid', label: 'a UUID' },
  'date-time': { check: 'isDateTime', label: 'an RFC 3339 date-time (YYYY-MM-DDTHH:MM:SSZ)' },
  date: { check: 'isDate', label: 'an RFC 3339 date (YYYY-MM-DD)' },
  time: { check: 'isTime', label: 'an RFC 3339 time (HH:MM:SS with an offset)', library: true },
  duration: { check: 'isDuration', label: 'an ISO 8601 duration (P…)', library: true },
  email: { check: 'isEmail', label: 'an email address', library: true },
  'idn-email': { check: 'isIdnEmail', label: 'an internationalized email address', library: true },
  hostname: { check: 'isHostname', label: 'a host name', library: true },
  'idn-hostname': {
    check: 'isIdnHostname',
    label: 'an internationalized host name',
    library: true,
  },
  ipv4: { check: 'isIPv4', label: 'an IPv4 address', library: true },
  ipv6: { check: 'isIPv6', label: 'an IPv6 address', library: true },
  uri: { check: 'isUri', label: 'an absolute URI', library: true },
  'uri-reference': { check: 'isUriReference', label: 'a URI reference', library: true },
  iri: { check: 'isIri', label: 'an absolute IRI', library: true },
  'iri-reference': { check: 'isIriReference', label: 'an IRI reference', library: true },
  'uri-template': { check: 'isUriTemplate', label: 'a URI template', library: true },
  'json-pointer': { check: 'isJsonPointer', label: 'a JSON Pointer', library: true },
  'relative-json-pointer': {
    check: 'isRelativeJsonPointer',
    label: 'a relative JSON Pointer',
    library: true,
  },
  regex: { check: 'isRegex', label: 'an ECMA-262 regular expression', library: true },
} as const satisfies Record<string, { check: string; label: string; library?: true }>;

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

/**
 * Which formats a module asserts (the rest are annotations): `default` is the project policy
 * ({@link defaultAssertedFormats}), `all` every format above, `none` the dialect's own default
 * (annotations only), or a list of names. Set per API as `x-sms-contracts.formats` in redocly.yaml.
 */
export type FormatPolicy = 'default' | 'all' | 'none' | readonly string[];

/**
 * The project policy: formats whose check is exact and cheap and that clients parse (dates, times,
 * ids, the OpenAPI integer ranges). `email`, `uri`, `hostname` and the like stay annotations:
 * real vendor data often stretches them (relative "URIs", local mail addresses).
 */
export const defaultAssertedFormats = ['date-time', 'date', 'time', 'uuid', 'int32', 'int64'];

/** The names a policy asserts. */
export function assertedFormats(policy: FormatPolicy = 'default'): ReadonlySet<string> {
  if (policy === 'default') return new Set(defaultAssertedFormats);
  if (policy === 'all')
    return new Set([...Object.keys(stringFormats), ...Object.keys(numberFormats)]);
  if (policy === 'none') return new Set();
  return new Set(policy);
}

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
