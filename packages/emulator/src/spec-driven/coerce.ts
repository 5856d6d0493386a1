import type { SchemaNode } from './api-model.ts';
import { resolveSchema, typeOf } from './synthesize.ts';

type Schemas = Readonly<Record<string, SchemaNode>>;

/**
 * Text from a URL, a header or a form field, converted to the type its schema names, so the
 * validators see `?limit=5` as the integer 5. Text that does not convert stays text: the
 * validator then says what was expected, and where.
 */
export function coerceText(
  text: string,
  schema: SchemaNode | undefined,
  schemas: Schemas,
): unknown {
  const resolved = resolveSchema(schema, schemas);
  const type = resolved ? typeOf(resolved) : undefined;
  if (type === 'integer' || type === 'number') {
    return /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) ? Number(text) : text;
  }
  if (type === 'boolean') {
    if (text === 'true') return true;
    if (text === 'false') return false;
    return text;
  }
  if (type === 'null' && text === '') return null;
  return text;
}

/** Several texts (repeated keys, or one value split on its delimiter) as an array of `schema`. */
export function coerceList(
  texts: readonly string[],
  schema: SchemaNode | undefined,
  schemas: Schemas,
): unknown {
  const resolved = resolveSchema(schema, schemas);
  if (resolved && typeOf(resolved) === 'array') {
    const items = resolved.items as SchemaNode | undefined;
    return texts.map((text) => coerceText(text, items, schemas));
  }
  return texts.length === 1 ? coerceText(texts[0] as string, schema, schemas) : texts;
}

/** Whether `schema` describes an array (its values come as a list). */
export function isArraySchema(schema: SchemaNode | undefined, schemas: Schemas): boolean {
  const resolved = resolveSchema(schema, schemas);
  return resolved !== undefined && typeOf(resolved) === 'array';
}

/** Form fields (`application/x-www-form-urlencoded`, multipart) as an object of `schema`. */
export function coerceFields(
  fields: Iterable<readonly [string, string]>,
  schema: SchemaNode | undefined,
  schemas: Schemas,
): Record<string, unknown> {
  const properties = (resolveSchema(schema, schemas)?.properties ?? {}) as Record<
    string,
    SchemaNode
  >;
  const grouped = new Map<string, string[]>();
  for (const [name, value] of fields) {
    const list = grouped.get(name) ?? [];
    list.push(value);
    grouped.set(name, list);
  }
  const out: Record<string, unknown> = {};
  for (const [name, values] of grouped) {
    out[name] = coerceList(values, properties[name], schemas);
  }
  return out;
}
