import { describe, expect, it } from 'vitest';
import { upgradeDocument } from '../src/upgrade/upgrade-document.ts';

type Node = Record<string, unknown>;

/** A 3.0 document with one component schema `S`. */
const openapi30 = (schema: Node): Node => ({
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: {},
  components: { schemas: { T: { type: 'string' }, S: schema } },
});
const upgradedSchema = (schema: Node) => {
  const document = upgradeDocument(openapi30(schema), 'given.yaml') as {
    components: { schemas: Record<string, unknown> };
  };
  return document.components.schemas.S;
};

describe('upgradeDocument: OpenAPI 3.0 schemas as 3.1 says them', () => {
  it.each([
    {
      rewrite: 'nullable with a type',
      given: { type: 'string', nullable: true },
      want: { type: ['string', 'null'] },
    },
    {
      rewrite: 'nullable enum with a type: null joins the enum',
      given: { type: 'string', enum: ['a', 'b'], nullable: true },
      want: { type: ['string', 'null'], enum: ['a', 'b', null] },
    },
    {
      rewrite: 'nullable enum without a type',
      given: { enum: ['a', 'b'], nullable: true, description: 'd' },
      want: { enum: ['a', 'b', null], description: 'd' },
    },
    {
      rewrite: 'nullable without a type: this schema or null',
      given: { properties: { a: { type: 'string' } }, nullable: true, description: 'd' },
      want: {
        description: 'd',
        anyOf: [{ properties: { a: { type: 'string' } } }, { type: 'null' }],
      },
    },
    {
      rewrite: 'nullable oneOf without a type',
      given: { oneOf: [{ type: 'string' }, { type: 'integer' }], nullable: true },
      want: { anyOf: [{ oneOf: [{ type: 'string' }, { type: 'integer' }] }, { type: 'null' }] },
    },
    {
      rewrite: 'nullable: false means nothing',
      given: { properties: { a: { type: 'string' } }, nullable: false },
      want: { properties: { a: { type: 'string' } } },
    },
    {
      rewrite: 'nullable $ref',
      given: { $ref: '#/components/schemas/T', nullable: true },
      want: { anyOf: [{ $ref: '#/components/schemas/T' }, { type: 'null' }] },
    },
    {
      rewrite: 'boolean exclusiveMinimum with minimum',
      given: { type: 'number', minimum: 0, exclusiveMinimum: true },
      want: { type: 'number', exclusiveMinimum: 0 },
    },
    {
      rewrite: 'boolean exclusiveMaximum false',
      given: { type: 'number', maximum: 10, exclusiveMaximum: false },
      want: { type: 'number', maximum: 10 },
    },
    {
      rewrite: 'boolean exclusiveMaximum without maximum',
      given: { type: 'number', exclusiveMaximum: true },
      want: { type: 'number' },
    },
    {
      rewrite: '$ref siblings that constrain are dropped (3.0 ignores them)',
      given: { $ref: '#/components/schemas/T', type: 'object', maxLength: 3, description: 'kept' },
      want: { $ref: '#/components/schemas/T', description: 'kept' },
    },
    {
      rewrite: 'nested: property of an array item',
      given: { type: 'array', items: { properties: { a: { type: 'integer', nullable: true } } } },
      want: { type: 'array', items: { properties: { a: { type: ['integer', 'null'] } } } },
    },
    {
      rewrite: 'example becomes examples',
      given: { type: 'string', example: 'x' },
      want: { type: 'string', examples: ['x'] },
    },
    {
      rewrite: 'data is not a schema: a default object keeps its nullable key',
      given: { type: 'object', default: { nullable: true } },
      want: { type: 'object', default: { nullable: true } },
    },
  ])('$rewrite', ({ given, want }) => {
    expect(upgradedSchema(given)).toEqual(want);
  });

  it('rewrites schemas of parameters, bodies and responses too', () => {
    const schema = { type: 'integer', nullable: true, minimum: 1, exclusiveMinimum: true };
    const document = upgradeDocument(
      {
        openapi: '3.0.0',
        info: { title: 't', version: '1' },
        paths: {
          '/a': {
            parameters: [{ name: 'p', in: 'query', schema }],
            post: {
              requestBody: { content: { 'application/json': { schema } } },
              responses: {
                '200': {
                  description: 'ok',
                  headers: { H: { schema } },
                  content: { 'application/json': { schema } },
                },
              },
            },
          },
        },
      },
      'given.yaml',
    );
    const want = { type: ['integer', 'null'], exclusiveMinimum: 1 };
    const path = (document.paths as Record<string, { parameters: Node[] }>)['/a'];
    expect(JSON.stringify(path)).not.toContain('nullable');
    expect(path?.parameters[0]?.schema).toEqual(want);
  });

  it('upgrades Swagger 2.0 to 3.1', () => {
    const document = upgradeDocument(
      {
        swagger: '2.0',
        info: { title: 't', version: '1' },
        host: 'api.example.com',
        basePath: '/v1',
        schemes: ['https'],
        paths: {
          '/things': {
            get: {
              produces: ['application/json'],
              responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/Thing' } } },
            },
          },
        },
        definitions: { Thing: { type: 'object', properties: { id: { type: 'string' } } } },
      },
      'given.yaml',
    );
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(document.servers).toEqual([{ url: 'https://api.example.com/v1' }]);
    expect(document).toMatchObject({
      components: { schemas: { Thing: { type: 'object' } } },
      paths: {
        '/things': {
          get: {
            responses: {
              '200': {
                content: {
                  'application/json': { schema: { $ref: '#/components/schemas/Thing' } },
                },
              },
            },
          },
        },
      },
    });
  });

  it.each([
    {
      given: { 'x-webhooks': { sent: { post: { responses: {} } } } },
      want: { webhooks: { sent: { post: { responses: {} } } } },
    },
    {
      given: {
        'x-webhooks': {
          sent: { post: { responses: {} } },
          'inbound-sms': { '{$request.body#/callback}': { post: { responses: {} } } },
        },
      },
      want: {
        webhooks: { sent: { post: { responses: {} } } },
        'x-webhooks': {
          'inbound-sms': { '{$request.body#/callback}': { post: { responses: {} } } },
        },
      },
    },
  ])('x-webhooks become webhooks only where they are path items', ({ given, want }) => {
    const document = upgradeDocument(
      { openapi: '3.0.0', info: { title: 't', version: '1' }, paths: {}, ...given },
      'given.yaml',
    );
    const { webhooks, 'x-webhooks': extension } = document;
    // toEqual treats an absent key and an undefined one alike.
    expect({ webhooks, 'x-webhooks': extension }).toEqual(want);
  });

  it('leaves a 3.1 document as it is (our own specs)', () => {
    const document = { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {} };
    expect(upgradeDocument(document, 'given.yaml')).toBe(document);
  });

  it.each([
    {
      given: { openapi: '4.0.0' },
      want: /given\.yaml: expected an OpenAPI 3\.0\.x or 3\.1\.x.*found version "4\.0\.0"/,
    },
    { given: { info: {} }, want: /given\.yaml: .*found no "openapi" field/ },
  ])('refuses $given with what it expected', ({ given, want }) => {
    expect(() => upgradeDocument(given, 'given.yaml')).toThrow(want);
  });
});
