// What generation can know about a schema without running it: the JSON types it may accept
// (to skip impossible alternatives and to pick the alternative worth explaining) and a label.
import { isObject, type JsonObject } from '../openapi-walk.ts';
import { type JsonType, jsonTypes } from './keywords.ts';

/** Where a schema's `$ref` leads: a key for cycle detection and the schema there. */
export type RefResolver = (schema: JsonObject) => { key: string; node: unknown } | undefined;

/** JSON types as values have them; `integer` values are `number` here. */
export type BaseType = 'null' | 'boolean' | 'object' | 'array' | 'number' | 'string';

function baseTypeOf(value: unknown): BaseType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as BaseType;
}

/**
 * The types of the values the schema can possibly accept (an over-approximation), or `undefined`
 * when it may accept any type. Cycles through `$ref` count as "any".
 */
export function possibleTypes(
  resolveRef: RefResolver,
  schema: unknown,
  seen: ReadonlySet<string> = new Set(),
): Set<BaseType> | undefined {
  if (schema === false) return new Set();
  if (!isObject(schema)) return undefined;
  let result: Set<BaseType> | undefined;
  const narrow = (types: Set<BaseType> | undefined) => {
    if (types === undefined) return;
    result = result === undefined ? types : new Set([...result].filter((type) => types.has(type)));
  };
  if (typeof schema.$ref === 'string') {
    const target = resolveRef(schema);
    if (target !== undefined && !seen.has(target.key)) {
      narrow(possibleTypes(resolveRef, target.node, new Set([...seen, target.key])));
    }
  }
  if (schema.type !== undefined) {
    const list = Array.isArray(schema.type) ? schema.type : [schema.type];
    narrow(new Set(list.map((type) => (type === 'integer' ? 'number' : type) as BaseType)));
  }
  if (schema.const !== undefined) narrow(new Set([baseTypeOf(schema.const)]));
  if (Array.isArray(schema.enum)) narrow(new Set(schema.enum.map(baseTypeOf)));
  if (Array.isArray(schema.allOf)) {
    for (const part of schema.allOf) narrow(possibleTypes(resolveRef, part, seen));
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const parts = schema[key];
    if (!Array.isArray(parts)) continue;
    const union = new Set<BaseType>();
    let any = false;
    for (const part of parts) {
      const types = possibleTypes(resolveRef, part, seen);
      if (types === undefined) any = true;
      else for (const type of types) union.add(type);
    }
    if (!any) narrow(union);
  }
  return result;
}

/**
 * The one JSON type a schema asserts through its `type`, its `allOf` parts and its `$ref`, when
 * they agree on exactly one (so a test of it may come first); `undefined` otherwise.
 */
export function assertedType(
  resolveRef: RefResolver,
  schema: unknown,
  seen: ReadonlySet<string> = new Set(),
): JsonType | undefined {
  if (!isObject(schema)) return undefined;
  const found = new Set<unknown>();
  const own = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (own.length !== 1) return undefined;
  if (own[0] !== undefined) found.add(own[0]);
  if (Array.isArray(schema.allOf)) {
    for (const part of schema.allOf) found.add(assertedType(resolveRef, part, seen));
  }
  const target = typeof schema.$ref === 'string' ? resolveRef(schema) : undefined;
  if (target !== undefined && !seen.has(target.key)) {
    found.add(assertedType(resolveRef, target.node, new Set([...seen, target.key])));
  }
  found.delete(undefined);
  const [type] = found;
  return found.size === 1 && (jsonTypes as readonly unknown[]).includes(type)
    ? (type as JsonType)
    : undefined;
}

/** Whether no value can pass two of these schemas at once, judged by type alone. */
export function haveDisjointTypes(typeSets: readonly (Set<BaseType> | undefined)[]): boolean {
  const seen = new Set<BaseType>();
  for (const types of typeSets) {
    if (types === undefined) return false;
    for (const type of types) {
      if (seen.has(type)) return false;
      seen.add(type);
    }
  }
  return true;
}

const typeLabels: Record<string, string> = {
  null: 'null',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
  number: 'a number',
  integer: 'an integer',
  string: 'a string',
};

/** `a string`, `a string or null`, … for a `type` list. */
export function typeLabel(types: readonly string[]): string {
  return types.map((type) => typeLabels[type] ?? type).join(' or ');
}

/** A short name for an alternative in messages: its title, component, constant or type. */
export function schemaLabel(schema: unknown, index: number): string {
  if (!isObject(schema)) return schema === false ? 'nothing' : 'anything';
  const title = typeof schema.title === 'string' ? schema.title : undefined;
  const constant = schema.const !== undefined ? JSON.stringify(schema.const) : undefined;
  if (title !== undefined) return constant === undefined ? title : `${title} (${constant})`;
  if (constant !== undefined) return constant;
  if (typeof schema.$ref === 'string') return schema.$ref.split('/').pop() ?? schema.$ref;
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const base = typeLabel(types.map(String));
    if (isObject(schema.items) && schema.items.type !== undefined && types.length === 1) {
      const itemTypes = Array.isArray(schema.items.type) ? schema.items.type : [schema.items.type];
      return `${base} of ${itemTypes.map((type) => `${String(type)}s`).join(' or ')}`;
    }
    return base;
  }
  return `alternative ${index + 1}`;
}

/**
 * What a pattern means, for its failure message: the schema's title, else a format its
 * description states in brackets ("The format is the following:[YYYY-MM-DDTHH:MM:SSZ]").
 * `undefined` when neither says it briefly.
 */
export function patternHint(schema: Record<string, unknown>): string | undefined {
  if (typeof schema.title === 'string' && schema.title.trim() !== '') return schema.title.trim();
  if (typeof schema.description !== 'string') return undefined;
  const stated = /\bformat\b[^[\n]*\[([^\]\n]{1,60})\]/i.exec(schema.description)?.[1]?.trim();
  return stated ? `the format ${stated}` : undefined;
}
