import { readFileSync } from 'node:fs';
import type { OpenApiDocument } from '@sms-contracts/specs/load-api';
import { describe, expect, it } from 'vitest';
import { CodegenError } from '../../errors.ts';
import { formatSource } from '../../format.ts';
import { emitValidators } from '../emit-validators.ts';

const fixture = JSON.parse(
  readFileSync(new URL('fixtures/keywords.openapi.json', import.meta.url), 'utf8'),
) as OpenApiDocument;

const emit = (document: OpenApiDocument) =>
  emitValidators({
    apiName: 'fixture',
    specFile: 'specs/fixture/openapi.yaml',
    document,
    typesImport: '@sms-contracts/types/fixture',
  });

/** A document with one component schema `S`, for rows about single keywords. */
const withSchema = (schema: unknown, extra: Record<string, unknown> = {}): OpenApiDocument =>
  ({
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {},
    components: { schemas: { S: schema, ...extra } },
  }) as OpenApiDocument;

/** The body of the check function of `S`. */
const checkOf = (source: string, name = 'checkS') => {
  const start = source.indexOf(`function ${name}(`);
  return source.slice(start, source.indexOf('\n}\n', start) + 2);
};

describe('emitValidators', () => {
  it('writes the fixture module as the snapshot shows', async () => {
    const source = formatSource(emit(fixture), 'keywords-validators.gen.ts');
    await expect(source).toMatchFileSnapshot('__snapshots__/keywords-validators.gen.ts');
  });

  it('is deterministic', () => {
    expect(emit(fixture)).toBe(emit(structuredClone(fixture)));
  });

  it('exports a validator per component schema and per operation part', () => {
    const source = emit(fixture);
    for (const name of Object.keys(fixture.components?.schemas ?? {})) {
      expect(source).toContain(`${JSON.stringify(name)}: /* @__PURE__ */ createValidator(`);
    }
    expect(source).toContain('updateMessage: {');
    expect(source).toContain('requestBody: { "application/json": schemas["PutBody"], }');
    // XML and JSON bodies of the same schema share one validator.
    expect(source).toContain(
      '"200": { "application/json": schemas["Envelope"], "application/xml": schemas["Envelope"], }',
    );
    expect(source).toContain('"204": {  }');
  });
});

interface KeywordCase {
  readonly given: string;
  readonly schema: Record<string, unknown>;
  readonly want: readonly string[];
  readonly not: readonly string[];
}

describe('compiled code per keyword', () => {
  it.each<KeywordCase>([
    {
      given: 'oneOf whose alternatives take disjoint types (the type picks the one to call)',
      schema: { oneOf: [{ type: 'string' }, { type: 'array' }] },
      want: [
        "typeof v === 'string' ? checkS_oneOf0(v, p, undefined) : Array.isArray(v) ? checkS_oneOf1(v, p, undefined) : false",
      ],
      not: ['? 1 : 0'],
    },
    {
      given: 'oneOf whose alternatives overlap',
      schema: { oneOf: [{ type: 'integer' }, { type: 'number' }] },
      want: [
        '(checkS_oneOf0(v, p, undefined) ? 1 : 0) + (checkS_oneOf1(v, p, undefined) ? 1 : 0)',
        'severalAlternativesMatched',
      ],
      not: [],
    },
    {
      given: 'additionalProperties false with few names',
      schema: { type: 'object', properties: { a: {}, b: {} }, additionalProperties: false },
      want: ['if (k2 === "a" || k2 === "b") continue;'],
      not: ['new Set'],
    },
    {
      given: 'additionalProperties false with many names',
      schema: {
        type: 'object',
        properties: Object.fromEntries('abcdefghij'.split('').map((name) => [name, {}])),
        additionalProperties: false,
      },
      want: ['.has(k2)) continue;'],
      not: [],
    },
    {
      given: 'a property named like an Object.prototype member',
      schema: { type: 'object', properties: { constructor: { type: 'string' } } },
      want: ['Object.hasOwn(o1, "constructor") ? o1["constructor"] : undefined'],
      not: ['o1.constructor'],
    },
    {
      given: 'annotations only',
      schema: { description: 'd', examples: [1], xml: { name: 'x' }, 'x-any': true, default: 1 },
      want: ['let ok = true;\nreturn ok;'],
      not: ['if ('],
    },
    {
      given: 'a type list',
      schema: { type: ['string', 'null'], maxLength: 2 },
      want: ["typeof v === 'string' || v === null", "if (typeof v === 'string') {"],
      not: [],
    },
    {
      given: 'maxLength',
      schema: { type: 'string', maxLength: 5 },
      want: ['v.length > 5 && codePointLength(v) > 5'],
      not: [],
    },
    {
      given: 'an array of strings',
      schema: { type: 'array', items: { type: 'string' } },
      want: ['for (let i2 = 0, n3 = a1.length; i2 < n3; i2++)', 'if (v4 === undefined) break;'],
      not: ['if (v4 === undefined) {'],
    },
    {
      given: 'an array inside a property (its loop gets a function of its own)',
      schema: {
        type: 'object',
        properties: { list: { type: 'array', items: { type: 'string' } } },
      },
      want: ['if (!checkS_list(v2, p, undefined))', 'checkS_list(v2, pathTo(p, "list"), e);'],
      not: ['for (let'],
    },
    {
      given: 'an array of anything typed',
      schema: { type: 'array', items: { minLength: 1 } },
      want: ['if (v4 === undefined) {'],
      not: [],
    },
    {
      given: 'a recursive schema',
      schema: { type: 'object', properties: { next: { $ref: '#/components/schemas/S' } } },
      want: ['if (!checkS(v2, p, undefined))', 'checkS(v2, pathTo(p, "next"), e);'],
      not: [],
    },
    {
      given: 'unevaluatedProperties over allOf (known at generation time)',
      schema: {
        allOf: [{ properties: { a: {} } }],
        properties: { b: {} },
        unevaluatedProperties: false,
      },
      want: ['=== "b" || ', '=== "a") continue;'],
      not: ['evaluated(', 'isEvaluatedProperty'],
    },
    {
      given: 'unevaluatedProperties after anyOf (known only at run time)',
      schema: {
        anyOf: [{ properties: { a: {} } }, { properties: { b: {} } }],
        unevaluatedProperties: false,
      },
      want: ['evaluated()', 'mergeEvaluated('],
      not: [],
    },
    {
      given: 'a $dynamicRef (the scope is entered, then read once per check)',
      schema: {
        $id: 'https://example.test/list',
        type: 'array',
        items: { $dynamicRef: '#item' },
        $defs: { item: { $dynamicAnchor: 'item', type: 'string' } },
      },
      want: [
        'if (d?.["item"] === undefined) d = enterScope(d, scope);',
        '= d?.["item"]?.[0] ?? check_item;',
      ],
      not: ['?? check_item)('],
    },
  ])('$given', ({ schema, want, not }) => {
    const code = checkOf(emit(withSchema(schema)));
    for (const fragment of want) expect(code).toContain(fragment);
    for (const fragment of not) expect(code).not.toContain(fragment);
  });

  it('compiles a small referenced schema in place, with the paths of its issues', () => {
    const source = emit(
      withSchema(
        { type: 'object', properties: { inner: { $ref: '#/components/schemas/Inner' } } },
        { Inner: { type: 'object', properties: { n: { type: 'integer' } } } },
      ),
    );
    const code = checkOf(source);
    expect(code).not.toContain('checkInner(');
    expect(code).toContain('addIssueAt(e, pathTo(p, "inner"), "n",');
  });

  it('calls a schema on a $ref cycle instead of compiling it in place', () => {
    const pair = (other: string) => ({
      type: 'object',
      properties: { next: { $ref: `#/components/schemas/${other}` } },
    });
    const source = emit(
      withSchema({ $ref: '#/components/schemas/A' }, { A: pair('B'), B: pair('A') }),
    );
    expect(checkOf(source)).toContain('checkA(v, p, e)');
    expect(checkOf(source, 'checkA')).toContain('checkB(v2,');
  });

  it('calls a referenced schema with an array loop of its own instead of compiling it in place', () => {
    const source = emit(
      withSchema(
        { type: 'object', properties: { inner: { $ref: '#/components/schemas/Inner' } } },
        {
          Inner: {
            type: 'object',
            properties: { list: { type: 'array', items: { type: 'string' } } },
          },
        },
      ),
    );
    expect(checkOf(source)).toContain('checkInner(v2,');
  });

  it('calls a large referenced schema instead of compiling it in place', () => {
    const properties = Object.fromEntries(
      Array.from({ length: 60 }, (_, index) => [`p${index}`, { type: 'string' }]),
    );
    const source = emit(
      withSchema(
        { type: 'object', properties: { big: { $ref: '#/components/schemas/Big' } } },
        { Big: { type: 'object', properties } },
      ),
    );
    expect(checkOf(source)).toContain('checkBig(v2,');
  });

  it('hoists a repeated pattern into one constant', () => {
    const pattern = { type: 'string', pattern: '^a+$' };
    const source = emit(withSchema({ type: 'object', properties: { a: pattern, b: pattern } }));
    expect(source.match(/new RegExp\("\^a\+\$", 'u'\)/g)).toHaveLength(1);
  });
});

describe('specs it cannot compile exactly', () => {
  it.each([
    {
      given: { type: 'strin' },
      pointer: '/components/schemas/S/type',
      message: 'invalid "type": "strin"',
    },
    { given: { type: [] }, pointer: '/components/schemas/S/type', message: 'invalid "type": []' },
    {
      given: { minLength: -1 },
      pointer: '/components/schemas/S/minLength',
      message: 'invalid "minLength": -1',
    },
    {
      given: { maxItems: 1.5 },
      pointer: '/components/schemas/S/maxItems',
      message: 'invalid "maxItems": 1.5',
    },
    {
      given: { exclusiveMinimum: true },
      pointer: '/components/schemas/S/exclusiveMinimum',
      message: 'invalid "exclusiveMinimum": true',
      expected: 'is a number, not a boolean',
    },
    {
      given: { required: 'a' },
      pointer: '/components/schemas/S/required',
      message: 'invalid "required": "a"',
    },
    {
      given: { required: ['a', 'a'] },
      pointer: '/components/schemas/S/required',
      message: 'invalid "required"',
    },
    {
      given: { oneOf: [] },
      pointer: '/components/schemas/S/oneOf',
      message: 'invalid "oneOf": []',
    },
    {
      given: { pattern: '(' },
      pointer: '/components/schemas/S/pattern',
      message: 'invalid pattern "("',
    },
    {
      given: { pattern: '\\-' },
      pointer: '/components/schemas/S/pattern',
      message: 'invalid pattern',
      expected: '"u" flag',
    },
    {
      given: { $ref: 'other.yaml#/X' },
      pointer: '/components/schemas/S/$ref',
      message: 'unresolvable $ref "other.yaml#/X"',
      expected: 'a document given to the compiler',
    },
    {
      given: { $dynamicRef: 'https://elsewhere.example/schema#node' },
      pointer: '/components/schemas/S/$dynamicRef',
      message: 'unresolvable $dynamicRef',
    },
    {
      given: { multipleOf: 0 },
      pointer: '/components/schemas/S/multipleOf',
      message: 'invalid "multipleOf": 0',
    },
    {
      given: { patternProperties: { '(': {} } },
      pointer: '/components/schemas/S/patternProperties/(',
      message: 'invalid pattern "("',
    },
    {
      given: { dependentRequired: { a: 'b' } },
      pointer: '/components/schemas/S/dependentRequired/a',
      message: 'invalid "dependentRequired/a"',
    },
    {
      given: { uniqueItems: 'yes' },
      pointer: '/components/schemas/S/uniqueItems',
      message: 'invalid "uniqueItems"',
    },
    {
      given: { $ref: '#/components/schemas/Missing' },
      pointer: '/components/schemas/Missing',
      message: 'unresolvable $ref',
    },
    {
      given: { items: [{ type: 'string' }] },
      pointer: '/components/schemas/S/items',
      message: 'invalid "items"',
    },
    {
      given: { properties: { a: 42 } },
      pointer: '/components/schemas/S/properties/a',
      message: 'invalid schema 42',
    },
    {
      given: { additionalProperties: 'no' },
      pointer: '/components/schemas/S/additionalProperties',
      message: 'invalid "additionalProperties"',
    },
  ])('$message at $pointer', ({ given, pointer, message, expected }) => {
    let thrown: unknown;
    try {
      emit(withSchema(given));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CodegenError);
    const error = thrown as CodegenError;
    expect(error.file).toBe('specs/fixture/openapi.yaml');
    expect(error.pointer).toBe(pointer);
    expect(error.message).toContain(`specs/fixture/openapi.yaml#${pointer}: ${message}`);
    if (expected !== undefined) expect(error.expected).toContain(expected);
  });
});

describe('operations without a usable operationId (named by operation-keys.ts)', () => {
  it('keys one without an operationId by its method and path, typed through paths', () => {
    const document = withSchema({});
    document.paths = {
      '/x': { get: { responses: {} } },
      '/y': { get: { operationId: 'y.list', responses: {} } },
    };
    const source = emit(document);
    expect(source).toContain('getX: {');
    expect(source).toContain('yList: {');
    expect(source).toContain('paths as Paths');
  });
});
