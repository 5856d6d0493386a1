// The corpus, written compactly: each case is a base spec, a head spec and the changes a person
// expects (id, level, location), all by hand. `write-corpus.ts` writes them out as folders.
type Json = Record<string, unknown>;
type Expected = [id: string, level: 'ERR' | 'WARN' | 'INFO', location: string];

export interface CorpusCase {
  readonly name: string;
  readonly base: Json;
  readonly head: Json;
  readonly expected: Expected[];
}

const info = { title: 'Corpus', version: '1.0.0' };
const spec = (paths: Json, extra: Json = {}): Json => ({ openapi: '3.1.0', info, paths, ...extra });
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const ok = { description: 'OK' };

/** POST /messages taking `schema` as its JSON (or `mediaType`) body. */
const sending = (schema: Json, mediaType = 'application/json', extra: Json = {}) =>
  spec(
    {
      '/messages': {
        post: {
          operationId: 'sendMessage',
          requestBody: { required: true, content: { [mediaType]: { schema } } },
          responses: { '201': { description: 'Created' } },
        },
      },
    },
    extra,
  );

/** GET /messages/{id} returning `schema` as its JSON (or `mediaType`) body. */
const reading = (schema: Json, mediaType = 'application/json', extra: Json = {}) =>
  spec(
    {
      '/messages/{id}': {
        get: {
          operationId: 'getMessage',
          parameters: [idParameter],
          responses: { '200': { description: 'OK', content: { [mediaType]: { schema } } } },
        },
      },
    },
    extra,
  );

/** An object with one property `p`, required when `required`. */
const withProperty = (property: Json, required = false): Json => ({
  type: 'object',
  ...(required ? { required: ['p'] } : {}),
  properties: { p: property },
});

const sent = (path = 'p', mediaType = 'application/json') =>
  `POST /messages request body ${mediaType}${path ? `: ${path}` : ''}`;
const read = (path = 'p', mediaType = 'application/json') =>
  `GET /messages/{id} response 200 ${mediaType}${path ? `: ${path}` : ''}`;

const cases: CorpusCase[] = [];

/** One property change, seen in a request and in a response: two cases. */
function propertyChange(
  name: string,
  from: Json,
  to: Json,
  request: Expected[0] | null,
  requestLevel: Expected[1] | null,
  response: Expected[0] | null,
  responseLevel: Expected[1] | null,
): void {
  cases.push({
    name: `request-${name}`,
    base: sending(withProperty(from)),
    head: sending(withProperty(to)),
    expected: request && requestLevel ? [[request, requestLevel, sent()]] : [],
  });
  cases.push({
    name: `response-${name}`,
    base: reading(withProperty(from)),
    head: reading(withProperty(to)),
    expected: response && responseLevel ? [[response, responseLevel, read()]] : [],
  });
}

/** A family `<subject>-<suffix>` whose level follows the direction: narrowing breaks requests, widening breaks responses. */
function family(
  name: string,
  from: Json,
  to: Json,
  suffix: string,
  requestLevel: Expected[1],
  responseLevel: Expected[1],
): void {
  propertyChange(
    name,
    from,
    to,
    `request-property-${suffix}`,
    requestLevel,
    `response-property-${suffix}`,
    responseLevel,
  );
}

// Types and formats.
family('type-changed', { type: 'string' }, { type: 'integer' }, 'type-changed', 'ERR', 'ERR');
family(
  'type-generalized',
  { type: 'integer' },
  { type: 'number' },
  'type-generalized',
  'INFO',
  'ERR',
);
family(
  'type-specialized',
  { type: 'number' },
  { type: 'integer' },
  'type-specialized',
  'ERR',
  'INFO',
);
family(
  'type-array-widened',
  { type: 'string' },
  { type: ['string', 'integer'] },
  'type-generalized',
  'INFO',
  'ERR',
);
family(
  'format-added',
  { type: 'string' },
  { type: 'string', format: 'date-time' },
  'type-specialized',
  'ERR',
  'INFO',
);
family(
  'format-removed',
  { type: 'string', format: 'date-time' },
  { type: 'string' },
  'type-generalized',
  'INFO',
  'ERR',
);
family(
  'format-changed',
  { type: 'string', format: 'date' },
  { type: 'string', format: 'date-time' },
  'type-changed',
  'ERR',
  'ERR',
);
// Nullability.
family(
  'became-nullable',
  { type: 'string' },
  { type: ['string', 'null'] },
  'became-nullable',
  'INFO',
  'ERR',
);
family(
  'became-not-nullable',
  { type: ['string', 'null'] },
  { type: 'string' },
  'became-not-nullable',
  'ERR',
  'INFO',
);
family(
  'became-nullable-oas30-style',
  { type: 'string' },
  { oneOf: [{ type: 'string' }, { type: 'null' }] },
  'became-nullable',
  'INFO',
  'ERR',
);
// Enums and const.
family(
  'became-enum',
  { type: 'string' },
  { type: 'string', enum: ['sms', 'mms'] },
  'became-enum',
  'ERR',
  'INFO',
);
family(
  'became-not-enum',
  { type: 'string', enum: ['sms', 'mms'] },
  { type: 'string' },
  'became-not-enum',
  'INFO',
  'WARN',
);
family(
  'enum-value-removed',
  { type: 'string', enum: ['sms', 'mms', 'fax'] },
  { type: 'string', enum: ['sms', 'mms'] },
  'enum-value-removed',
  'ERR',
  'INFO',
);
family(
  'enum-value-added',
  { type: 'string', enum: ['sms', 'mms'] },
  { type: 'string', enum: ['sms', 'mms', 'fax'] },
  'enum-value-added',
  'INFO',
  'WARN',
);
family(
  'const-changed',
  { type: 'string', const: 'sms' },
  { type: 'string', enum: ['sms', 'mms'] },
  'enum-value-added',
  'INFO',
  'WARN',
);
const openStatus = (...values: number[]) => ({
  anyOf: [
    ...values.map((value) => ({ const: value, description: `status ${value}` })),
    { type: 'integer' },
  ],
});
family(
  'open-enum-value-added',
  openStatus(1, 2),
  openStatus(1, 2, 3),
  'extensible-enum-value-added',
  'INFO',
  'INFO',
);
family(
  'x-extensible-enum-value-added',
  { type: 'string', enum: ['a', 'b'], 'x-extensible-enum': true },
  { type: 'string', enum: ['a', 'b', 'c'], 'x-extensible-enum': true },
  'extensible-enum-value-added',
  'INFO',
  'INFO',
);
family(
  'open-enum-value-removed',
  openStatus(1, 2, 3),
  openStatus(1, 2),
  'x-extensible-enum-value-removed',
  'ERR',
  'INFO',
);
family(
  'enum-became-open',
  { type: 'integer', enum: [1, 2] },
  openStatus(1, 2),
  'became-not-enum',
  'INFO',
  'WARN',
);
// Bounds: every keyword, tightened, relaxed, set and removed.
const bounds: [keyword: string, name: string, type: Json, low: number, high: number][] = [
  ['maximum', 'max', { type: 'integer' }, 10, 20],
  ['minimum', 'min', { type: 'integer' }, 1, 5],
  ['maxLength', 'max-length', { type: 'string' }, 10, 20],
  ['minLength', 'min-length', { type: 'string' }, 1, 5],
  ['maxItems', 'max-items', { type: 'array', items: { type: 'string' } }, 10, 20],
  ['minItems', 'min-items', { type: 'array', items: { type: 'string' } }, 1, 5],
];
for (const [keyword, name, type, low, high] of bounds) {
  const isMax = name.startsWith('max');
  const [strict, loose] = isMax ? [low, high] : [high, low];
  const [tighten, loosen] = isMax ? ['decreased', 'increased'] : ['increased', 'decreased'];
  family(
    `${name}-${tighten}`,
    { ...type, [keyword]: loose },
    { ...type, [keyword]: strict },
    `${name}-${tighten}`,
    'ERR',
    'INFO',
  );
  family(
    `${name}-${loosen}`,
    { ...type, [keyword]: strict },
    { ...type, [keyword]: loose },
    `${name}-${loosen}`,
    'INFO',
    'ERR',
  );
  family(`${name}-set`, type, { ...type, [keyword]: strict }, `${name}-set`, 'ERR', 'INFO');
  family(`${name}-unset`, { ...type, [keyword]: strict }, type, `${name}-unset`, 'INFO', 'ERR');
}
family(
  'exclusive-max-decreased',
  { type: 'number', maximum: 10 },
  { type: 'number', exclusiveMaximum: 10 },
  'max-decreased',
  'ERR',
  'INFO',
);
// Patterns.
family(
  'pattern-added',
  { type: 'string' },
  { type: 'string', pattern: '^\\+[0-9]+$' },
  'pattern-added',
  'ERR',
  'INFO',
);
family(
  'pattern-removed',
  { type: 'string', pattern: '^\\+[0-9]+$' },
  { type: 'string' },
  'pattern-removed',
  'INFO',
  'ERR',
);
family(
  'pattern-changed',
  { type: 'string', pattern: '^[0-9]+$' },
  { type: 'string', pattern: '^\\+?[0-9]+$' },
  'pattern-changed',
  'WARN',
  'WARN',
);
// Unions.
const text = { type: 'object', required: ['text'], properties: { text: { type: 'string' } } };
const media = { type: 'object', required: ['url'], properties: { url: { type: 'string' } } };
const file = { type: 'object', required: ['file'], properties: { file: { type: 'string' } } };
family(
  'one-of-added',
  { oneOf: [text, media] },
  { oneOf: [text, media, file] },
  'one-of-added',
  'INFO',
  'ERR',
);
family(
  'one-of-removed',
  { oneOf: [text, media, file] },
  { oneOf: [text, media] },
  'one-of-removed',
  'ERR',
  'INFO',
);
family(
  'any-of-added',
  { anyOf: [text, media] },
  { anyOf: [text, media, file] },
  'any-of-added',
  'INFO',
  'ERR',
);
family(
  'any-of-removed',
  { anyOf: [text, media, file] },
  { anyOf: [text, media] },
  'any-of-removed',
  'ERR',
  'INFO',
);
family(
  'became-one-of',
  { type: 'string' },
  { oneOf: [{ type: 'string' }, { type: 'integer' }] },
  'one-of-added',
  'INFO',
  'ERR',
);
// additionalProperties.
const map = (extra: Json = {}) => ({
  type: 'object',
  properties: { a: { type: 'string' } },
  ...extra,
});
family(
  'additional-properties-disallowed',
  map(),
  map({ additionalProperties: false }),
  'additional-properties-disallowed',
  'WARN',
  'INFO',
);
family(
  'additional-properties-allowed',
  map({ additionalProperties: false }),
  map(),
  'additional-properties-allowed',
  'INFO',
  'WARN',
);
cases.push({
  name: 'request-map-values-type-changed',
  base: sending(withProperty({ type: 'object', additionalProperties: { type: 'string' } })),
  head: sending(withProperty({ type: 'object', additionalProperties: { type: 'integer' } })),
  expected: [['request-property-type-changed', 'ERR', sent('p.*')]],
});
cases.push({
  name: 'response-map-values-type-changed',
  base: reading(withProperty({ type: 'object', additionalProperties: { type: 'string' } })),
  head: reading(withProperty({ type: 'object', additionalProperties: { type: 'integer' } })),
  expected: [['response-property-type-changed', 'ERR', read('p.*')]],
});
cases.push({
  name: 'request-map-values-location',
  base: sending({
    type: 'object',
    properties: {
      tags: { type: 'object', additionalProperties: { type: 'string', maxLength: 20 } },
    },
  }),
  head: sending({
    type: 'object',
    properties: {
      tags: { type: 'object', additionalProperties: { type: 'string', maxLength: 10 } },
    },
  }),
  expected: [['request-property-max-length-decreased', 'ERR', sent('tags.*')]],
});
// Properties: presence, requiredness, visibility, deprecation, defaults.
const object = (properties: Json, required: string[] = [], extra: Json = {}) => ({
  type: 'object',
  ...(required.length ? { required } : {}),
  properties,
  ...extra,
});
const pair = (
  name: string,
  from: Json,
  to: Json,
  requestExpected: Expected[],
  responseExpected: Expected[],
) => {
  cases.push({
    name: `request-${name}`,
    base: sending(from),
    head: sending(to),
    expected: requestExpected,
  });
  cases.push({
    name: `response-${name}`,
    base: reading(from),
    head: reading(to),
    expected: responseExpected,
  });
};
const str = { type: 'string' };
pair(
  'required-property-added',
  object({ a: str }, ['a']),
  object({ a: str, b: str }, ['a', 'b']),
  [['new-required-request-property', 'ERR', sent('b')]],
  [['response-required-property-added', 'INFO', read('b')]],
);
pair(
  'optional-property-added',
  object({ a: str }),
  object({ a: str, b: str }),
  [['new-optional-request-property', 'INFO', sent('b')]],
  [['response-optional-property-added', 'INFO', read('b')]],
);
pair(
  'optional-property-removed',
  object({ a: str, b: str }),
  object({ a: str }),
  [['request-property-removed', 'WARN', sent('b')]],
  [['response-optional-property-removed', 'WARN', read('b')]],
);
pair(
  'required-property-removed',
  object({ a: str, b: str }, ['a', 'b']),
  object({ a: str }, ['a']),
  [['request-property-removed', 'WARN', sent('b')]],
  [['response-required-property-removed', 'ERR', read('b')]],
);
pair(
  'property-became-required',
  object({ a: str }),
  object({ a: str }, ['a']),
  [['request-property-became-required', 'ERR', sent('a')]],
  [['response-property-became-required', 'INFO', read('a')]],
);
pair(
  'property-became-optional',
  object({ a: str }, ['a']),
  object({ a: str }),
  [['request-property-became-optional', 'INFO', sent('a')]],
  [['response-property-became-optional', 'ERR', read('a')]],
);
pair(
  'property-became-read-only',
  object({ a: str, id: str }),
  object({ a: str, id: { type: 'string', readOnly: true } }),
  [['request-property-became-read-only', 'WARN', sent('id')]],
  [],
);
pair(
  'required-read-only-property-added',
  object({ a: str }),
  object({ a: str, id: { type: 'string', readOnly: true } }, ['id']),
  [],
  [['response-required-property-added', 'INFO', read('id')]],
);
pair(
  'property-became-write-only',
  object({ a: str, secret: str }, ['secret']),
  object({ a: str, secret: { type: 'string', writeOnly: true } }, ['secret']),
  [],
  [['response-required-property-removed', 'ERR', read('secret')]],
);
pair(
  'read-only-property-constraint-changed',
  object({ id: { type: 'string', readOnly: true, maxLength: 10 } }),
  object({ id: { type: 'string', readOnly: true, maxLength: 5 } }),
  [],
  [['response-property-max-length-decreased', 'INFO', read('id')]],
);
pair(
  'property-deprecated',
  object({ a: str }),
  object({ a: { type: 'string', deprecated: true } }),
  [['request-property-deprecated', 'INFO', sent('a')]],
  [['response-property-deprecated', 'INFO', read('a')]],
);
pair(
  'property-default-changed',
  object({ a: { type: 'string', default: 'sms' } }),
  object({ a: { type: 'string', default: 'mms' } }),
  [['request-property-default-value-changed', 'INFO', sent('a')]],
  [],
);
// Nested paths: array items and objects, reported at the property a user looks at.
const recipients = (number: Json) =>
  object({ recipients: { type: 'array', items: object({ number }, ['number']) } }, ['recipients']);
pair(
  'nested-array-item-property',
  recipients({ type: 'string', maxLength: 20 }),
  recipients({ type: 'string', maxLength: 15 }),
  [['request-property-max-length-decreased', 'ERR', sent('recipients[].number')]],
  [['response-property-max-length-decreased', 'INFO', read('recipients[].number')]],
);
pair(
  'nested-new-required-property',
  object({ sender: object({ name: str }) }),
  object({ sender: object({ name: str, id: str }, ['id']) }),
  [['new-required-request-property', 'ERR', sent('sender.id')]],
  [['response-required-property-added', 'INFO', read('sender.id')]],
);
// Body roots use the request-body / response-body subjects.
pair(
  'body-type-changed',
  object({ a: str }),
  { type: 'array', items: object({ a: str }) },
  [['request-body-type-changed', 'ERR', sent('')]],
  [['response-body-type-changed', 'ERR', read('')]],
);
pair(
  'body-became-nullable',
  object({ a: str }),
  object({ a: str }, [], { type: ['object', 'null'] }),
  [['request-body-became-nullable', 'INFO', sent('')]],
  [['response-body-became-nullable', 'ERR', read('')]],
);
// XML bodies: names on the wire.
const xmlMessage = (name: string, attribute = false) => ({
  type: 'object',
  xml: { name: 'Message' },
  properties: { id: { type: 'string', xml: { name, attribute } } },
});
cases.push({
  name: 'request-xml-name-changed',
  base: sending(xmlMessage('ID'), 'application/xml'),
  head: sending(xmlMessage('Id'), 'application/xml'),
  expected: [['request-property-xml-changed', 'ERR', sent('id', 'application/xml')]],
});
cases.push({
  name: 'response-xml-attribute-changed',
  base: reading(xmlMessage('id'), 'application/xml'),
  head: reading(xmlMessage('id', true), 'application/xml'),
  expected: [['response-property-xml-changed', 'ERR', read('id', 'application/xml')]],
});
cases.push({
  name: 'response-xml-root-renamed',
  base: reading(xmlMessage('id'), 'text/xml'),
  head: reading({ ...xmlMessage('id'), xml: { name: 'Sms' } }, 'text/xml'),
  expected: [['response-body-xml-changed', 'ERR', read('', 'text/xml')]],
});
cases.push({
  name: 'json-body-xml-name-ignored',
  base: sending(xmlMessage('ID')),
  head: sending(xmlMessage('Id')),
  expected: [],
});

export { cases, idParameter, ok, read, reading, sending, sent, spec };
