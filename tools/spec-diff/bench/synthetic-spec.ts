// A deterministic synthetic spec of N operations, and a changed copy, for the benchmark.
type Json = Record<string, unknown>;

const methods = ['get', 'post', 'put', 'delete'] as const;

function schemas(count: number): Json {
  const result: Json = {};
  for (let index = 0; index < count; index += 1) {
    result[`Model${index}`] = {
      type: 'object',
      required: ['id', 'name'],
      properties: {
        id: { type: 'string', format: 'uuid', readOnly: true },
        name: { type: 'string', maxLength: 100 + index },
        status: { type: 'string', enum: ['queued', 'sent', 'delivered', 'failed'] },
        count: { type: 'integer', minimum: 0, maximum: 1000 },
        tags: { type: 'array', items: { type: 'string', pattern: '^[a-z]+$' }, maxItems: 20 },
        parent: { $ref: `#/components/schemas/Model${index}` },
        meta: { type: 'object', additionalProperties: { type: 'string' } },
        note: { type: ['string', 'null'] },
      },
    };
  }
  return result;
}

/** `operations` operations over `operations / 4` paths, sharing `operations / 20` component schemas. */
export function syntheticSpec(operations: number): Json {
  const modelCount = Math.max(1, Math.floor(operations / 20));
  const paths: Json = {};
  for (let index = 0; index < operations; index += 1) {
    const path = `/resources${Math.floor(index / methods.length)}/{id}`;
    const method = methods[index % methods.length] as string;
    const model = `#/components/schemas/Model${index % modelCount}`;
    const operation: Json = {
      operationId: `op${index}`,
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
          'application/json': { schema: { $ref: model } },
          'application/xml': { schema: { $ref: model } },
        },
      };
    }
    const item = (paths[path] ?? {}) as Json;
    item[method] = operation;
    paths[path] = item;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Synthetic', version: '1.0.0' },
    servers: [{ url: 'https://api.example.com' }],
    paths,
    components: {
      schemas: schemas(modelCount),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}

/** A deep copy of `spec` with a spread of changes: schemas tightened, parameters added, operations removed. */
export function changedCopy(spec: Json): Json {
  const copy = structuredClone(spec) as {
    paths: Record<string, Record<string, Json>>;
    components: { schemas: Record<string, Json> };
  };
  Object.entries(copy.components.schemas).forEach(([, schema], index) => {
    const properties = schema.properties as Record<string, Json>;
    if (index % 5 === 0) (properties.name as Json).maxLength = 50;
    if (index % 7 === 0)
      (properties.status as Json).enum = ['queued', 'sent', 'delivered', 'failed', 'expired'];
  });
  Object.values(copy.paths).forEach((item, index) => {
    if (index % 10 === 0) delete item.delete;
    const get = item.get as Json | undefined;
    if (get && index % 4 === 0)
      (get.parameters as Json[]).push({
        name: 'cursor',
        in: 'query',
        required: true,
        schema: { type: 'string' },
      });
  });
  return copy;
}
