// A deterministic synthetic OpenAPI 3.1 spec (1,000 operations and 2,000 schemas by default) for
// the codegen and spec-diff benchmarks. No randomness: the same counts give the same document.
type Json = Record<string, unknown>;

const methods = ['get', 'post', 'put', 'delete'] as const;

export interface SyntheticSpecOptions {
  /**
   * Operations, four per path (get, post, put, delete).
   * @default 1000
   */
  readonly operations?: number;
  /**
   * Component schemas. Each references itself and the next one in its group of ten, so the
   * schemas form short cycles as real contracts' do (one long chain would only test how deep a
   * tool can recurse: openapi-typescript's Redocly 1 walker overflows the stack on it).
   * @default 2000
   */
  readonly schemas?: number;
}

/** The next schema in `index`'s group of ten (the last one wraps to the group's first). */
function nextInGroup(index: number, count: number): number {
  const first = index - (index % 10);
  const next = index + 1;
  return next % 10 === 0 || next >= count ? first : next;
}

function schema(index: number, count: number): Json {
  return {
    type: 'object',
    description: `Model number ${index}.`,
    required: ['id', 'name'],
    properties: {
      id: { type: 'string', format: 'uuid', readOnly: true },
      name: { type: 'string', maxLength: 100 + (index % 50) },
      status: { type: 'string', enum: ['queued', 'sent', 'delivered', 'failed'] },
      count: { type: 'integer', minimum: 0, maximum: 1000 },
      createdAt: { type: 'string', format: 'date-time' },
      tags: { type: 'array', items: { type: 'string', pattern: '^[a-z]+$' }, maxItems: 20 },
      parent: { $ref: `#/components/schemas/Model${index}` },
      next: { $ref: `#/components/schemas/Model${nextInGroup(index, count)}` },
      meta: { type: 'object', additionalProperties: { type: 'string' } },
      note: { type: ['string', 'null'] },
    },
  };
}

/** `operations` operations over `operations / 4` paths, sharing `schemas` component schemas. */
export function syntheticSpec(options: SyntheticSpecOptions = {}): Json {
  const operations = options.operations ?? 1000;
  const schemaCount = Math.max(1, options.schemas ?? 2000);
  const paths: Json = {};
  for (let index = 0; index < operations; index += 1) {
    const path = `/resources${Math.floor(index / methods.length)}/{id}`;
    const method = methods[index % methods.length] as string;
    // Operations spread over the schemas: each names two, so every schema is used.
    const model = `#/components/schemas/Model${(index * 2) % schemaCount}`;
    const input = `#/components/schemas/Model${(index * 2 + 1) % schemaCount}`;
    const operation: Json = {
      operationId: `operation${index}`,
      summary: `Operation ${index}.`,
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
        { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 100 } },
        { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
      ],
      responses: {
        '200': {
          description: 'OK',
          headers: { 'X-Rate-Limit': { schema: { type: 'integer' } } },
          content: { 'application/json': { schema: { $ref: model } } },
        },
        '404': {
          description: 'Not found',
          content: {
            'application/json': {
              schema: { type: 'object', properties: { title: { type: 'string' } } },
            },
          },
        },
      },
      security: [{ bearer: [] }],
    };
    if (method === 'post' || method === 'put') {
      operation.requestBody = {
        required: true,
        content: {
          'application/json': { schema: { $ref: input } },
          'application/xml': { schema: { $ref: input } },
        },
      };
    }
    const item = (paths[path] ?? {}) as Json;
    item[method] = operation;
    paths[path] = item;
  }
  const schemas: Json = {};
  for (let index = 0; index < schemaCount; index += 1) {
    schemas[`Model${index}`] = schema(index, schemaCount);
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Synthetic', version: '1.0.0' },
    servers: [{ url: 'https://api.example.com' }],
    paths,
    components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
