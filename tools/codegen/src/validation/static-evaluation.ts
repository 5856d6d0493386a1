// What `unevaluatedProperties`/`unevaluatedItems` can know before run time: when a schema's
// in-place subschemas are only `allOf` and `$ref` chains, the properties and items they evaluate
// do not depend on the value, and the check becomes a plain key or index test (as ajv does).
import { isObject } from '../openapi-walk.ts';
import type { SchemaRegistry } from './schema-registry.ts';

/** Evaluated properties and items known at generation time. */
export interface StaticEvaluation {
  /** Declared property names, or `all` (additionalProperties or unevaluatedProperties). */
  readonly properties: ReadonlySet<string> | 'all';
  /** patternProperties sources. */
  readonly patterns: readonly string[];
  /** Leading items evaluated (prefixItems), or `all` (items or unevaluatedItems). */
  readonly items: number | 'all';
}

/** Applicators whose effect on evaluation depends on the value: no static answer with these. */
const conditional = ['anyOf', 'oneOf', 'if', 'dependentSchemas', 'dependencies', 'contains'];

/**
 * The evaluation of `schema` and its in-place subschemas, or `undefined` when it depends on the
 * value (or on the dynamic scope). `own` leaves out the schema's own unevaluated* keywords.
 */
export function staticEvaluation(
  registry: SchemaRegistry,
  schema: unknown,
  base: string,
  seen: ReadonlySet<string> = new Set(),
  own = true,
): StaticEvaluation | undefined {
  if (typeof schema === 'boolean') return { properties: new Set(), patterns: [], items: 0 };
  if (!isObject(schema) || registry.dialectOf(schema) !== undefined) return undefined;
  if (conditional.some((key) => schema[key] !== undefined) || schema.$dynamicRef !== undefined) {
    return undefined;
  }
  const ownBase = registry.baseOf(schema) ?? base;
  const parts: StaticEvaluation[] = [];
  if (typeof schema.$ref === 'string') {
    const target = registry.resolve(schema.$ref, ownBase);
    if (target === undefined || seen.has(target)) return undefined;
    const evaluation = staticEvaluation(
      registry,
      registry.node(target),
      registry.baseAt(target),
      new Set([...seen, target]),
      false,
    );
    if (evaluation === undefined) return undefined;
    parts.push(evaluation);
  }
  if (Array.isArray(schema.allOf)) {
    for (const part of schema.allOf) {
      const evaluation = staticEvaluation(registry, part, ownBase, seen, false);
      if (evaluation === undefined) return undefined;
      parts.push(evaluation);
    }
  }
  const properties = isObject(schema.properties) ? Object.keys(schema.properties) : [];
  const everyProperty =
    schema.additionalProperties !== undefined ||
    (!own && schema.unevaluatedProperties !== undefined);
  const everyItem = schema.items !== undefined || (!own && schema.unevaluatedItems !== undefined);
  const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems.length : 0;
  const names = new Set(properties);
  let all = everyProperty;
  let items: number | 'all' = everyItem ? 'all' : prefix;
  const patterns = isObject(schema.patternProperties) ? Object.keys(schema.patternProperties) : [];
  for (const part of parts) {
    if (part.properties === 'all') all = true;
    else for (const name of part.properties) names.add(name);
    patterns.push(...part.patterns);
    if (part.items === 'all') items = 'all';
    else if (items !== 'all') items = Math.max(items, part.items);
  }
  return { properties: all ? 'all' : names, patterns, items };
}
