// What @scalar/openapi-upgrader leaves of OpenAPI 3.0 in a schema, rewritten as 3.1 says it.
// Each rewrite keeps the 3.0 meaning: a validator of the 3.1 result accepts what the 3.0 one did.
import type { Node } from '../json-node.ts';

/** Keywords that describe a schema without constraining values. */
const annotationKeywords = new Set([
  'title',
  'description',
  'summary',
  'deprecated',
  'default',
  'examples',
  'externalDocs',
  'readOnly',
  'writeOnly',
  'xml',
]);
const isAnnotation = (key: string) => annotationKeywords.has(key) || key.startsWith('x-');

/**
 * `$ref` with siblings: 3.0 ignores the siblings (except where the upgrader already turned a
 * `nullable` one into `anyOf`), 3.1 applies them. Constraints are dropped, annotations kept.
 */
export function dropRefSiblings(schema: Node): Node {
  if (typeof schema.$ref !== 'string') return schema;
  for (const key of Object.keys(schema)) {
    if (key !== '$ref' && !isAnnotation(key)) delete schema[key];
  }
  return schema;
}

/** A boolean `exclusiveMinimum`/`exclusiveMaximum` (3.0) becomes the 3.1 number form or goes. */
export function numericExclusiveBounds(schema: Node): Node {
  for (const [exclusive, inclusive] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof schema[exclusive] !== 'boolean') continue;
    if (schema[exclusive] === true && typeof schema[inclusive] === 'number') {
      schema[exclusive] = schema[inclusive];
      delete schema[inclusive];
    } else {
      delete schema[exclusive];
    }
  }
  return schema;
}

/**
 * `nullable` left over: `false` means nothing; `true` without a `type` (with `enum`, `properties`,
 * `oneOf`, ...) becomes "this schema or null".
 */
export function leftoverNullable(schema: Node): Node {
  if (!('nullable' in schema)) return schema;
  const nullable = schema.nullable === true;
  delete schema.nullable;
  if (!nullable) return schema;
  if (
    Array.isArray(schema.enum) &&
    Object.keys(schema).every((key) => key === 'enum' || isAnnotation(key))
  ) {
    if (!schema.enum.includes(null)) schema.enum = [...schema.enum, null];
    return schema;
  }
  const annotations: Node = {};
  const constraints: Node = {};
  for (const [key, value] of Object.entries(schema)) {
    (isAnnotation(key) ? annotations : constraints)[key] = value;
  }
  if (Object.keys(constraints).length === 0) return schema;
  return { ...annotations, anyOf: [constraints, { type: 'null' }] };
}

/**
 * An `enum` of a type the upgrader made nullable (`type: [string, 'null']`) must list `null`
 * too, or 3.1 still rejects null.
 */
export function nullInNullableEnum(schema: Node): Node {
  if (
    Array.isArray(schema.type) &&
    schema.type.includes('null') &&
    Array.isArray(schema.enum) &&
    !schema.enum.includes(null)
  ) {
    schema.enum = [...schema.enum, null];
  }
  return schema;
}

/** Every fixup, in the order they apply to one schema. */
export function fixUpgradedSchema(schema: Node): Node {
  return nullInNullableEnum(leftoverNullable(numericExclusiveBounds(dropRefSiblings(schema))));
}
