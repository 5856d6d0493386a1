// One row per keyword behaviour: given a schema and a value, want the verdict and the issues
// (path and message) the compiled validator reports.
import { describe, expect, it } from 'vitest';
import { compileModule, documentWith } from './support/compile-module.ts';

interface Row {
  readonly keyword: string;
  readonly schema: unknown;
  readonly value: unknown;
  /** `[]` for a valid value, else every issue as `path: message`. */
  readonly want: readonly string[];
}

const phone = {
  type: 'string',
  title: '+<prefix>-<number>',
  pattern: '^\\+[0-9]{1,4}-[0-9]{4,14}$',
};

const conditional = {
  if: { properties: { kind: { const: 'sms' } }, required: ['kind'] },
  // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, never awaited
  then: { required: ['to'] },
  else: { required: ['url'] },
};

const rows: Row[] = [
  { keyword: 'type string', schema: { type: 'string' }, value: 'a', want: [] },
  {
    keyword: 'type string',
    schema: { type: 'string' },
    value: 42,
    want: ['(root): expected a string, got 42'],
  },
  { keyword: 'type integer', schema: { type: 'integer' }, value: 1.0, want: [] },
  {
    keyword: 'type integer',
    schema: { type: 'integer' },
    value: 1.5,
    want: ['(root): expected an integer, got 1.5'],
  },
  {
    keyword: 'type number',
    schema: { type: 'number' },
    value: Number.NaN,
    want: ['(root): expected a number, got NaN (not a JSON number)'],
  },
  {
    keyword: 'type null',
    schema: { type: 'null' },
    value: undefined,
    want: ['(root): expected null, got undefined'],
  },
  { keyword: 'type list (nullable)', schema: { type: ['string', 'null'] }, value: null, want: [] },
  {
    keyword: 'type list (nullable)',
    schema: { type: ['string', 'null'] },
    value: 1,
    want: ['(root): expected a string or null, got 1'],
  },
  {
    keyword: 'type object',
    schema: { type: 'object' },
    value: [],
    want: ['(root): expected an object, got an array'],
  },
  {
    keyword: 'type array',
    schema: { type: 'array' },
    value: {},
    want: ['(root): expected an array, got an object'],
  },
  {
    keyword: 'type boolean',
    schema: { type: 'boolean' },
    value: 'true',
    want: ['(root): expected a boolean, got "true"'],
  },
  {
    keyword: 'properties',
    schema: {
      type: 'object',
      properties: { data: { type: 'object', properties: { state: { type: 'integer' } } } },
    },
    value: { data: { state: 1.5 } },
    want: ['data.state: expected an integer, got 1.5'],
  },
  {
    keyword: 'properties without type',
    schema: { properties: { a: { type: 'string' } } },
    value: 'not an object',
    want: [],
  },
  {
    keyword: 'required',
    schema: {
      type: 'object',
      required: ['recipients', 'sender'],
      properties: { sender: { type: 'string' } },
    },
    value: {},
    // Declared properties first, in their order, then the other required names.
    want: ['sender: required property is missing', 'recipients: required property is missing'],
  },
  {
    keyword: 'required: undefined is absent',
    schema: { type: 'object', required: ['a'] },
    value: { a: undefined },
    want: ['a: required property is missing'],
  },
  {
    keyword: 'required: own properties only',
    schema: { type: 'object', required: ['constructor'] },
    value: {},
    want: ['constructor: required property is missing'],
  },
  {
    keyword: 'additionalProperties false',
    schema: { type: 'object', properties: { a: {} }, additionalProperties: false },
    value: { a: 1, b: 2, c: undefined },
    want: ['b: unexpected property (the schema allows no other properties)'],
  },
  {
    keyword: 'additionalProperties schema',
    schema: {
      type: 'object',
      properties: { id: { type: 'integer' } },
      additionalProperties: { type: 'string' },
    },
    value: { id: 1, name: 'simone', age: 30 },
    want: ['age: expected a string, got 30'],
  },
  {
    keyword: 'additionalProperties open',
    schema: { type: 'object', properties: { a: { type: 'string' } } },
    value: { a: 'x', b: 1 },
    want: [],
  },
  {
    keyword: 'additionalProperties with many declared names',
    schema: {
      type: 'object',
      properties: Object.fromEntries('abcdefghij'.split('').map((name) => [name, {}])),
      additionalProperties: false,
    },
    value: { a: 1, j: 2, z: 3 },
    want: ['z: unexpected property (the schema allows no other properties)'],
  },
  {
    keyword: 'propertyNames',
    schema: { type: 'object', propertyNames: { pattern: '^[0-9]+$' } },
    value: { '1': 'a', x: 'b' },
    want: ['x: invalid property name "x": expected a string matching /^[0-9]+$/, got "x"'],
  },
  {
    keyword: 'minProperties',
    schema: { type: 'object', minProperties: 2 },
    value: { a: 1 },
    want: ['(root): expected at least 2 properties, got 1'],
  },
  {
    keyword: 'maxProperties',
    schema: { type: 'object', maxProperties: 1 },
    value: { a: 1, b: 2 },
    want: ['(root): expected at most 1 property, got 2'],
  },
  {
    keyword: 'items',
    schema: {
      type: 'object',
      properties: {
        recipients: {
          type: 'array',
          items: { type: 'object', properties: { number: { type: 'string' } } },
        },
      },
    },
    value: { recipients: [{ number: 'a' }, { number: 'b' }, { number: 42 }] },
    want: ['recipients[2].number: expected a string, got 42'],
  },
  {
    keyword: 'items: holes',
    schema: { type: 'array', items: { type: 'string' } },
    value: new Array(5),
    want: ['[0]: expected a string, got undefined'],
  },
  {
    keyword: 'items: holes, any item',
    schema: { type: 'array', items: { minLength: 1 } },
    value: new Array(5),
    want: ['[0]: expected a JSON value, got undefined (an undefined element or a hole)'],
  },
  {
    keyword: 'minItems',
    schema: { type: 'array', minItems: 1 },
    value: [],
    want: ['(root): expected at least 1 item, got 0'],
  },
  {
    keyword: 'maxItems',
    schema: { type: 'array', maxItems: 2 },
    value: [1, 2, 3],
    want: ['(root): expected at most 2 items, got 3'],
  },
  {
    keyword: 'minLength counts code points',
    schema: { type: 'string', minLength: 2 },
    value: '\u{1F600}',
    want: ['(root): expected at least 2 characters, got "\u{1F600}"'],
  },
  {
    keyword: 'maxLength counts code points',
    schema: { type: 'string', maxLength: 2 },
    value: '\u{1F600}\u{1F600}',
    want: [],
  },
  {
    keyword: 'maxLength',
    schema: { type: 'string', maxLength: 3 },
    value: 'abcd',
    want: ['(root): expected at most 3 characters, got "abcd"'],
  },
  {
    keyword: 'pattern (unanchored)',
    schema: { type: 'string', pattern: '[0-9]' },
    value: 'a1b',
    want: [],
  },
  {
    keyword: 'pattern with title',
    schema: phone,
    value: '3478569987',
    want: [
      '(root): expected +<prefix>-<number> (pattern /^\\+[0-9]{1,4}-[0-9]{4,14}$/), got "3478569987"',
    ],
  },
  {
    keyword: 'pattern with a format in its description',
    schema: {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description: 'Start of the period. The format is the following:[YYYY-MM-DD]',
    },
    value: 'sample string 2',
    want: [
      '(root): expected the format YYYY-MM-DD (pattern /^\\d{4}-\\d{2}-\\d{2}$/), got "sample string 2"',
    ],
  },
  {
    keyword: 'pattern with a description that states no format',
    schema: { type: 'string', pattern: '^\\d+$', description: 'The number of contacts.' },
    value: '12a',
    want: ['(root): expected a string matching /^\\d+$/, got "12a"'],
  },
  {
    keyword: 'pattern uses the u flag',
    schema: { type: 'string', pattern: '^.$' },
    value: '\u{1F600}',
    want: [],
  },
  {
    keyword: 'format uuid',
    schema: { type: 'string', format: 'uuid' },
    value: 'nope',
    want: ['(root): expected a UUID, got "nope"'],
  },
  {
    keyword: 'format date-time',
    schema: { type: 'string', format: 'date-time' },
    value: '2023-02-29T00:00:00Z',
    want: [
      '(root): expected an RFC 3339 date-time (YYYY-MM-DDTHH:MM:SSZ), got "2023-02-29T00:00:00Z"',
    ],
  },
  {
    keyword: 'format date',
    schema: { type: 'string', format: 'date' },
    value: '2024-02-29',
    want: [],
  },
  {
    keyword: 'format int32',
    schema: { type: 'integer', format: 'int32' },
    value: 2 ** 31,
    want: ['(root): expected a signed 32-bit value (-2147483648 to 2147483647), got 2147483648'],
  },
  {
    keyword: 'format int32 lower bound',
    schema: { type: 'integer', format: 'int32' },
    value: -(2 ** 31),
    want: [],
  },
  {
    keyword: 'format double is an annotation',
    schema: { type: 'number', format: 'double' },
    value: 1e308,
    want: [],
  },
  { keyword: 'format applies to its type only', schema: { format: 'uuid' }, value: 42, want: [] },
  {
    keyword: 'minimum',
    schema: { type: 'number', minimum: 1 },
    value: 0.5,
    want: ['(root): expected at least 1, got 0.5'],
  },
  { keyword: 'maximum', schema: { type: 'number', maximum: 9 }, value: 9, want: [] },
  {
    keyword: 'exclusiveMinimum',
    schema: { type: 'number', exclusiveMinimum: 0 },
    value: 0,
    want: ['(root): expected more than 0, got 0'],
  },
  {
    keyword: 'exclusiveMaximum',
    schema: { type: 'number', exclusiveMaximum: 10 },
    value: 10,
    want: ['(root): expected less than 10, got 10'],
  },
  { keyword: 'const', schema: { const: 0 }, value: -0, want: [] },
  { keyword: 'const object', schema: { const: { a: [1] } }, value: { a: [1.0] }, want: [] },
  {
    keyword: 'const object',
    schema: { const: { a: [1] } },
    value: { a: [1], b: 1 },
    want: ['(root): expected {"a":[1]}, got an object'],
  },
  {
    keyword: 'enum',
    schema: { enum: ['standard', null] },
    value: 'x',
    want: ['(root): expected one of "standard", null, got "x"'],
  },
  { keyword: 'enum with type', schema: { type: 'string', enum: ['a', 1] }, value: 'a', want: [] },
  {
    keyword: 'enum member the type rules out',
    schema: { type: 'integer', enum: [1.5] },
    value: 2,
    want: ['(root): expected 1.5, got 2'],
  },
  {
    keyword: 'oneOf: exactly one (disjoint types)',
    schema: { oneOf: [phone, { type: 'array', items: phone }] },
    value: ['+39-3478569987', 'x'],
    want: ['[1]: expected +<prefix>-<number> (pattern /^\\+[0-9]{1,4}-[0-9]{4,14}$/), got "x"'],
  },
  {
    keyword: 'oneOf: none',
    schema: { oneOf: [{ type: 'string' }, { type: 'array' }] },
    value: 42,
    want: ['(root): expected one of: a string, an array; got 42'],
  },
  {
    keyword: 'oneOf: more than one',
    schema: { oneOf: [{ type: 'integer' }, { type: 'number', minimum: 10 }] },
    value: 12,
    want: [
      '(root): expected exactly one of the alternatives to match, but 2 did: an integer, a number',
    ],
  },
  {
    keyword: 'oneOf: exactly one of overlapping',
    schema: { oneOf: [{ type: 'integer' }, { type: 'number', minimum: 10 }] },
    value: 10.5,
    want: [],
  },
  {
    keyword: 'anyOf: open enum',
    schema: { anyOf: [{ const: 0, title: 'ANONYMOUS' }, { type: 'integer' }] },
    value: 7,
    want: [],
  },
  {
    keyword: 'anyOf: open enum',
    schema: { anyOf: [{ const: 0, title: 'ANONYMOUS' }, { type: 'integer' }] },
    value: 'ANONYMOUS',
    want: ['(root): expected one of: ANONYMOUS (0), an integer; got "ANONYMOUS"'],
  },
  {
    keyword: 'allOf',
    schema: {
      allOf: [{ type: 'object', required: ['a'] }, { properties: { a: { type: 'string' } } }],
    },
    value: { a: 1 },
    want: ['a: expected a string, got 1'],
  },
  {
    keyword: 'not',
    schema: { not: { type: 'string' } },
    value: 'a',
    want: ['(root): expected a value that does not match the "not" schema (a string), got "a"'],
  },
  {
    keyword: 'boolean schema false',
    schema: false,
    value: 1,
    want: ['(root): expected no value here (the schema is false), got 1'],
  },
  { keyword: 'boolean schema true', schema: true, value: { anything: 1 }, want: [] },
  {
    keyword: 'annotations only',
    schema: {
      description: 'x',
      examples: [1],
      xml: { name: 'X' },
      'x-note': 1,
      title: 'T',
      deprecated: true,
    },
    value: 'any',
    want: [],
  },
  {
    keyword: 'multipleOf (decimal)',
    schema: { type: 'number', multipleOf: 0.01 },
    value: 19.99,
    want: [],
  },
  {
    keyword: 'multipleOf (decimal)',
    schema: { type: 'number', multipleOf: 0.01 },
    value: 0.015,
    want: ['(root): expected a multiple of 0.01, got 0.015'],
  },
  {
    keyword: 'multipleOf (integer)',
    schema: { type: 'integer', multipleOf: 5 },
    value: 12,
    want: ['(root): expected a multiple of 5, got 12'],
  },
  {
    keyword: 'uniqueItems',
    schema: { type: 'array', uniqueItems: true },
    value: [1, { a: [1] }, 2, { a: [1.0] }],
    want: ['(root): expected unique items, but items 1 and 3 are equal'],
  },
  { keyword: 'uniqueItems', schema: { uniqueItems: true }, value: [1, '1', true], want: [] },
  {
    keyword: 'prefixItems, items false',
    schema: { prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false },
    value: ['a', 1.5, 'extra'],
    want: [
      '[1]: expected an integer, got 1.5',
      '[2]: unexpected item (the schema allows at most 2 items)',
    ],
  },
  {
    keyword: 'prefixItems, then items',
    schema: { prefixItems: [{ type: 'string' }], items: { type: 'integer' } },
    value: ['a', 1, 'b'],
    want: ['[2]: expected an integer, got "b"'],
  },
  {
    keyword: 'contains, minContains',
    schema: { contains: { type: 'integer' }, minContains: 2 },
    value: [1, 'a'],
    want: ['(root): expected at least 2 items matching "contains", got 1'],
  },
  {
    keyword: 'contains, maxContains',
    schema: { contains: { type: 'integer' }, maxContains: 1 },
    value: [1, 2],
    want: ['(root): expected at most 1 item matching "contains", got 2'],
  },
  {
    keyword: 'patternProperties, additionalProperties false',
    schema: {
      properties: { id: { type: 'integer' } },
      patternProperties: { '^x-': { type: 'string' } },
      additionalProperties: false,
    },
    value: { id: 1, 'x-a': 1, 'x-b': 'ok', other: 2 },
    want: [
      'x-a: expected a string, got 1',
      'other: unexpected property (the schema allows no other properties)',
    ],
  },
  {
    keyword: 'dependentRequired',
    schema: { dependentRequired: { card: ['billing', 'name'] } },
    value: { card: 1, name: 'n' },
    want: ['billing: required property is missing (required when "card" is present)'],
  },
  {
    keyword: 'dependentSchemas',
    schema: { dependentSchemas: { card: { properties: { billing: { type: 'string' } } } } },
    value: { card: 1, billing: 2 },
    want: ['billing: expected a string, got 2'],
  },
  {
    keyword: 'if/then/else',
    schema: conditional,
    value: { kind: 'sms' },
    want: ['to: required property is missing'],
  },
  {
    keyword: 'if/then/else',
    schema: conditional,
    value: { kind: 'mms' },
    want: ['url: required property is missing'],
  },
  {
    keyword: 'unevaluatedProperties',
    schema: {
      properties: { a: {} },
      allOf: [{ properties: { b: {} } }],
      anyOf: [{ properties: { c: { type: 'string' } } }, { properties: { d: {} } }],
      unevaluatedProperties: false,
    },
    value: { a: 1, b: 2, c: 3, d: 4, e: 5 },
    // c is not a string: the alternative that declares it fails, so c is not evaluated.
    want: [
      'c: unexpected property (no keyword of the schema evaluates it)',
      'e: unexpected property (no keyword of the schema evaluates it)',
    ],
  },
  {
    keyword: 'unevaluatedProperties',
    schema: {
      properties: { a: {} },
      anyOf: [{ properties: { c: { type: 'string' } } }, { properties: { d: {} } }],
      unevaluatedProperties: { type: 'integer' },
    },
    value: { a: 1, c: 3, d: 4 },
    want: [],
  },
  {
    keyword: 'unevaluatedItems',
    schema: { prefixItems: [{}], contains: { type: 'string' }, unevaluatedItems: false },
    value: [1, 'a', 2],
    want: ['[2]: unexpected item (no keyword of the schema evaluates it)'],
  },
  {
    keyword: 'enum: [] accepts nothing',
    schema: { enum: [] },
    value: 1,
    want: ['(root): expected no value (the enum is empty), got 1'],
  },
  {
    keyword: 'format time (asserted by default)',
    schema: { type: 'string', format: 'time' },
    value: '25:00:00Z',
    want: ['(root): expected an RFC 3339 time (HH:MM:SS with an offset), got "25:00:00Z"'],
  },
  {
    keyword: 'format email is an annotation by default',
    schema: { type: 'string', format: 'email' },
    value: 'not an address',
    want: [],
  },
  {
    keyword: 'unknown format is an annotation',
    schema: { type: 'string', format: 'phone-number' },
    value: 'x',
    want: [],
  },
  {
    keyword: 'unknown keywords and OpenAPI annotations',
    schema: {
      type: 'string',
      nullable: true,
      discriminator: { propertyName: 'kind' },
      externalDocs: { url: 'https://example.com' },
      example: 1,
    },
    value: 'a',
    want: [],
  },
];

/** Rows whose module carries the dynamic scope (a module with `$dynamicRef` compiles so). */
const dynamicRows: Row[] = [
  {
    keyword: '$dynamicRef resolved in the dynamic scope',
    schema: {
      $id: 'https://example.test/strict-list',
      $ref: 'list',
      $defs: { item: { $dynamicAnchor: 'item', type: 'string', maxLength: 1 } },
    },
    value: ['a', 'bc'],
    want: ['[1]: expected at most 1 character, got "bc"'],
  },
  {
    keyword: '$dynamicRef: the static target when nothing overrides it',
    schema: { $ref: 'https://example.test/list' },
    value: ['a', 1],
    want: ['[1]: expected a string, got 1'],
  },
  {
    keyword: '(the list both rows use)',
    schema: {
      $id: 'https://example.test/list',
      type: 'array',
      items: { $dynamicRef: '#item' },
      $defs: { item: { $dynamicAnchor: 'item', type: 'string' } },
    },
    value: ['a', 'bc'],
    want: [],
  },
];

const compileRows = (name: string, table: readonly Row[]) =>
  compileModule(
    name,
    documentWith(Object.fromEntries(table.map((row, index) => [`Row${index}`, row.schema]))),
  );
const tables = [
  { name: 'keywords', table: rows, module: await compileRows('keywords', rows) },
  {
    name: 'keywords-dynamic',
    table: dynamicRows,
    module: await compileRows('keywords-dynamic', dynamicRows),
  },
];

describe.each(tables)('compiled keyword semantics ($name)', ({ table, module }) => {
  it.each(table.map((row, index) => ({ ...row, index })))(
    '$keyword: $value',
    ({ index, value, want }) => {
      const validator = module.schemas[`Row${index}`];
      if (validator === undefined) throw new Error(`Row${index} was not compiled`);
      const result = validator['~standard'].validate(value);
      const got =
        result.issues?.map((issue) => `${formatPathForTest(issue.path)}: ${issue.message}`) ?? [];
      expect(got).toEqual(want);
      expect(validator.is(value)).toBe(want.length === 0);
    },
  );
});

function formatPathForTest(path: readonly (string | number)[]): string {
  return path.length === 0
    ? '(root)'
    : path
        .map((segment, index) =>
          typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
        )
        .join('');
}
