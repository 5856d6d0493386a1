import type { SchemaNode } from './api-model.ts';
import { stringFromPattern } from './string-from-pattern.ts';

type Schema = { readonly [keyword: string]: unknown };
type Schemas = Readonly<Record<string, SchemaNode>>;

/** Deeper than this, optional properties are left out and arrays are empty: cycles end. */
const maxDepth = 8;

/** Sample strings per `format`, each valid for the format. */
const formatSamples: Readonly<Record<string, string>> = {
  'date-time': '2026-01-01T00:00:00Z',
  date: '2026-01-01',
  time: '00:00:00Z',
  duration: 'P1D',
  email: 'user@example.com',
  'idn-email': 'user@example.com',
  hostname: 'example.com',
  'idn-hostname': 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  uri: 'https://example.com/',
  'uri-reference': 'https://example.com/',
  iri: 'https://example.com/',
  'iri-reference': 'https://example.com/',
  'uri-template': 'https://example.com/{id}',
  uuid: '00000000-0000-4000-8000-000000000000',
  'json-pointer': '/',
  'relative-json-pointer': '0',
  regex: '.*',
  byte: 'ZXhhbXBsZQ==',
  binary: 'example',
  password: 'password',
};

/** The schema a `$ref` names, or the node itself. */
export function resolveSchema(node: SchemaNode | undefined, schemas: Schemas): Schema | undefined {
  let current = node;
  for (let hops = 0; hops < 16; hops++) {
    if (typeof current !== 'object' || current === null) return undefined;
    const ref = current.$ref;
    if (typeof ref !== 'string') return current;
    current = schemas[ref];
  }
  return undefined;
}

/**
 * A value for `schema`, the same every time: the schema's own example, default, const or first
 * enum member where it has one, else built from its type and constraints (every property, one
 * array item, the smallest allowed number, a string of the format or pattern).
 */
export function synthesize(
  node: SchemaNode | undefined,
  schemas: Schemas,
  depth = 0,
  stack: readonly string[] = [],
): unknown {
  const schema = resolveSchema(node, schemas);
  const ref = refOf(node);
  const inner = ref === undefined ? stack : [...stack, ref];
  if (!schema) return node === false ? undefined : {};
  const given = ownSample(schema);
  if (given.found) return given.value;
  if (Array.isArray(schema.allOf)) return mergeAll(schema, schemas, depth, inner);
  const alternatives = (schema.oneOf ?? schema.anyOf) as SchemaNode[] | undefined;
  if (Array.isArray(alternatives) && alternatives.length > 0) {
    return synthesizeAlternative(schema, alternatives, schemas, depth, inner);
  }
  switch (typeOf(schema)) {
    case 'object':
      return synthesizeObject(schema, schemas, depth, inner);
    case 'array':
      return synthesizeArray(schema, schemas, depth, inner);
    case 'string':
      return synthesizeString(schema);
    case 'integer':
      return synthesizeNumber(schema, true);
    case 'number':
      return synthesizeNumber(schema, false);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return {};
  }
}

function ownSample(schema: Schema): { found: boolean; value?: unknown } {
  if (Array.isArray(schema.examples) && schema.examples.length > 0) {
    return { found: true, value: schema.examples[0] };
  }
  for (const keyword of ['example', 'default', 'const'] as const) {
    if (schema[keyword] !== undefined) return { found: true, value: schema[keyword] };
  }
  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    return { found: true, value: schema.enum.find((member) => member !== null) ?? null };
  }
  return { found: false };
}

/** The schema's type: the first non-null one it names, else what its keywords imply. */
export function typeOf(schema: Schema): string | undefined {
  const { type } = schema;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return (type.find((t) => t !== 'null') ?? type[0]) as string;
  if (schema.properties || schema.additionalProperties || schema.required) return 'object';
  if (schema.items || schema.prefixItems) return 'array';
  return undefined;
}

function refOf(node: SchemaNode | undefined): string | undefined {
  return typeof node === 'object' && node !== null && typeof node.$ref === 'string'
    ? node.$ref
    : undefined;
}

/** Whether an optional property would recurse into a schema being built (a cycle): left out. */
function recurses(node: SchemaNode | undefined, stack: readonly string[]): boolean {
  const ref = refOf(node);
  if (ref !== undefined) return stack.includes(ref);
  const items = typeof node === 'object' && node !== null ? node.items : undefined;
  const itemRef = refOf(items as SchemaNode | undefined);
  return itemRef !== undefined && stack.includes(itemRef);
}

function synthesizeObject(
  schema: Schema,
  schemas: Schemas,
  depth: number,
  stack: readonly string[],
): unknown {
  const properties = (schema.properties ?? {}) as Record<string, SchemaNode>;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const out: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties)) {
    if (!required.has(name) && (depth >= maxDepth || recurses(property, stack))) continue;
    const resolved = resolveSchema(property, schemas);
    if (resolved?.writeOnly === true && !required.has(name)) continue;
    const value = synthesize(property, schemas, depth + 1, stack);
    if (value !== undefined) out[name] = value;
  }
  // A required name the schema does not describe still needs a value.
  for (const name of required) {
    if (!(name in out)) {
      const extra = schema.additionalProperties;
      out[name] =
        typeof extra === 'object' ? synthesize(extra as SchemaNode, schemas, depth + 1) : '';
    }
  }
  return out;
}

function synthesizeArray(
  schema: Schema,
  schemas: Schemas,
  depth: number,
  stack: readonly string[],
): unknown[] {
  const prefix = Array.isArray(schema.prefixItems) ? (schema.prefixItems as SchemaNode[]) : [];
  const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : Number.POSITIVE_INFINITY;
  const wanted = depth >= maxDepth || recurses(schema, stack) ? 0 : 1;
  const count = Math.min(Math.max(min, wanted, prefix.length), max);
  const items: unknown[] = [];
  for (let index = 0; index < count; index++) {
    const itemSchema = prefix[index] ?? (schema.items as SchemaNode | undefined);
    const item = synthesize(itemSchema, schemas, depth + 1, stack);
    // uniqueItems with more than one item: vary numbers and strings by position.
    items.push(index > 0 && schema.uniqueItems === true ? distinct(item, index) : item);
  }
  return items;
}

function distinct(value: unknown, index: number): unknown {
  if (typeof value === 'number') return value + index;
  if (typeof value === 'string') return `${value}${index}`;
  return value;
}

function synthesizeString(schema: Schema): string {
  const format = typeof schema.format === 'string' ? formatSamples[schema.format] : undefined;
  let text =
    format ?? (typeof schema.pattern === 'string' ? stringFromPattern(schema.pattern) : undefined);
  text ??= 'string';
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Number.POSITIVE_INFINITY;
  if (format === undefined && schema.pattern === undefined) {
    if ([...text].length < min) text = text.padEnd(min, 'x');
    if ([...text].length > max) text = [...text].slice(0, max).join('');
  }
  return text;
}

function synthesizeNumber(schema: Schema, integer: boolean): number {
  const step =
    typeof schema.multipleOf === 'number' && schema.multipleOf > 0 ? schema.multipleOf : 0;
  const unit = integer ? 1 : step || 1;
  let low = Number.NEGATIVE_INFINITY;
  if (typeof schema.minimum === 'number') low = schema.minimum;
  if (typeof schema.exclusiveMinimum === 'number')
    low = Math.max(low, schema.exclusiveMinimum + unit);
  let high = Number.POSITIVE_INFINITY;
  if (typeof schema.maximum === 'number') high = schema.maximum;
  if (typeof schema.exclusiveMaximum === 'number')
    high = Math.min(high, schema.exclusiveMaximum - unit);
  let value = Math.min(Math.max(0, low), high);
  if (integer) value = Math.ceil(value);
  if (step > 0) value = Math.ceil(value / step) * step;
  return value;
}

function mergeAll(
  schema: Schema,
  schemas: Schemas,
  depth: number,
  stack: readonly string[],
): unknown {
  const parts = (schema.allOf as SchemaNode[]).map((part) =>
    synthesize(part, schemas, depth, stack),
  );
  const { allOf: _parts, ...rest } = schema;
  if (Object.keys(rest).length > 0) parts.push(synthesize(rest, schemas, depth, stack));
  const objects = parts.filter(
    (part): part is Record<string, unknown> =>
      typeof part === 'object' && part !== null && !Array.isArray(part),
  );
  if (objects.length < parts.length) return parts[0];
  return Object.assign({}, ...objects);
}

function synthesizeAlternative(
  schema: Schema,
  alternatives: SchemaNode[],
  schemas: Schemas,
  depth: number,
  stack: readonly string[],
): unknown {
  // Prefer an alternative that is not just `null`.
  const chosen =
    alternatives.find((alternative) => resolveSchema(alternative, schemas)?.type !== 'null') ??
    alternatives[0];
  const { oneOf: _one, anyOf: _any, discriminator, ...rest } = schema;
  const value = synthesize(chosen, schemas, depth, stack);
  const merged =
    Object.keys(rest).length > 0 && typeof value === 'object' && value !== null
      ? { ...(synthesize(rest, schemas, depth, stack) as object), ...value }
      : value;
  return withDiscriminator(merged, discriminator, chosen);
}

/** Sets the discriminator property to the name that maps to the chosen alternative. */
function withDiscriminator(value: unknown, discriminator: unknown, chosen: SchemaNode | undefined) {
  if (typeof value !== 'object' || value === null || typeof discriminator !== 'object')
    return value;
  const { propertyName, mapping } = discriminator as { propertyName?: string; mapping?: object };
  const ref = typeof chosen === 'object' && chosen !== null ? chosen.$ref : undefined;
  if (typeof propertyName !== 'string' || typeof ref !== 'string') return value;
  const mapped = Object.entries(mapping ?? {}).find(([, target]) => target === ref)?.[0];
  return { ...value, [propertyName]: mapped ?? ref.slice(ref.lastIndexOf('/') + 1) };
}
