// Values for the differential tests: ones built to satisfy a schema (so both validators see
// valid input, not only garbage), the same with targeted damage, and random JSON.
import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = boolean | Record<string, unknown>;
type Arb = fc.Arbitrary<unknown>;

export const randomJson: Arb = fc.jsonValue({ maxDepth: 3, depthSize: 'small' });
/** What a mutation puts somewhere: small, but every JSON type. */
const smallJson: Arb = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 31, '', 'x', '+39-3478569987', [], {}),
  fc.jsonValue({ maxDepth: 1, depthSize: 'xsmall' }),
);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Builds arbitraries for the schemas of one document; `$ref`s are followed to a bounded depth. */
export class SchemaArbitraries {
  private readonly document: unknown;
  private readonly maxDepth: number;
  private readonly byRef = new Map<string, Arb>();

  constructor(document: unknown, maxDepth = 4) {
    this.document = document;
    this.maxDepth = maxDepth;
  }

  /**
   * Inputs for one schema: built to be valid, built with edge cases at every leaf (bounds, near
   * formats, patterns broken), mutated and random, in the given proportions.
   */
  inputs(schema: Schema): Arb {
    const valid = this.valid(schema, 0, false);
    return fc.oneof(
      { weight: 4, arbitrary: valid },
      { weight: 3, arbitrary: this.valid(schema, 0, true) },
      {
        weight: 3,
        arbitrary: fc
          .tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 }))
          .map(([value, steps]) => steps.reduce(applyMutation, value)),
      },
      { weight: 1, arbitrary: randomJson },
    );
  }

  private resolve(ref: string): Schema {
    let node: unknown = this.document;
    for (const raw of ref.slice(2).split('/')) {
      const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
      node = isObject(node) ? node[key] : undefined;
    }
    return node as Schema;
  }

  valid(schema: Schema, depth: number, edgy: boolean): Arb {
    if (schema === true || schema === false) return randomJson;
    if (typeof schema.$ref === 'string') {
      const key = `${schema.$ref}@${depth}@${edgy}`;
      let arbitrary = this.byRef.get(key);
      if (arbitrary === undefined) {
        const target = this.resolve(schema.$ref);
        arbitrary =
          depth >= this.maxDepth ? this.shallow(target, edgy) : this.valid(target, depth + 1, edgy);
        this.byRef.set(key, arbitrary);
      }
      return arbitrary;
    }
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
    const alternatives = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
    if (alternatives !== undefined)
      return fc.oneof(...alternatives.map((part) => this.valid(part, depth + 1, edgy)));
    if (Array.isArray(schema.allOf)) {
      return fc
        .tuple(...(schema.allOf as Schema[]).map((part) => this.valid(part, depth + 1, edgy)))
        .map((parts) => (parts.every(isObject) ? Object.assign({}, ...parts) : parts[0]));
    }
    const types =
      schema.type === undefined
        ? undefined
        : Array.isArray(schema.type)
          ? (schema.type as string[])
          : [schema.type as string];
    if (types === undefined) {
      if (schema.properties !== undefined || schema.required !== undefined)
        return this.object(schema, depth, edgy);
      if (schema.items !== undefined) return this.array(schema, depth, edgy);
      return randomJson;
    }
    return fc.oneof(...types.map((type) => this.ofType(type, schema, depth, edgy)));
  }

  /** At the depth limit: the smallest value a recursive schema allows, as far as we can tell. */
  private shallow(schema: Schema, edgy: boolean): Arb {
    if (isObject(schema) && (schema.type === 'object' || schema.properties !== undefined)) {
      const required = (schema.required as string[] | undefined) ?? [];
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      return fc.record(
        Object.fromEntries(
          required.map((name) => [name, this.valid(properties[name] ?? true, this.maxDepth, edgy)]),
        ),
      );
    }
    if (isObject(schema) && schema.type === 'array') return fc.constant([]);
    return this.valid(schema, this.maxDepth, edgy);
  }

  private ofType(type: string, schema: Record<string, unknown>, depth: number, edgy: boolean): Arb {
    switch (type) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
        return edgy ? integerNear(schema) : integerWithin(schema);
      case 'number':
        return edgy
          ? fc.oneof(
              integerNear(schema),
              fc.double({
                noNaN: true,
                noDefaultInfinity: true,
                min: lowerBound(schema),
                max: upperBound(schema),
              }),
            )
          : fc.oneof(
              integerWithin(schema),
              fc.double({
                noNaN: true,
                noDefaultInfinity: true,
                min: lowerBound(schema) + 2.5,
                max: upperBound(schema) - 2.5,
              }),
            );
      case 'string':
        return edgy ? edgyString(schema) : validString(schema);
      case 'array':
        return this.array(schema, depth, edgy);
      default:
        return this.object(schema, depth, edgy);
    }
  }

  private array(schema: Record<string, unknown>, depth: number, edgy: boolean): Arb {
    const min = (schema.minItems as number | undefined) ?? 0;
    const max = Math.min((schema.maxItems as number | undefined) ?? min + 4, min + 4);
    const items = (schema.items ?? true) as Schema;
    return fc.array(
      depth >= this.maxDepth ? this.shallow(items, edgy) : this.valid(items, depth + 1, edgy),
      {
        minLength: min,
        maxLength: depth >= this.maxDepth ? min : max,
      },
    );
  }

  private object(schema: Record<string, unknown>, depth: number, edgy: boolean): Arb {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const required = (schema.required as string[] | undefined) ?? [];
    const model = Object.fromEntries(
      [...new Set([...Object.keys(properties), ...required])].map((name) => [
        name,
        this.valid(properties[name] ?? true, depth + 1, edgy),
      ]),
    );
    const record = fc.record(model, { requiredKeys: required.filter((name) => name in model) });
    const additional = schema.additionalProperties;
    if (additional === undefined || additional === false) return record;
    const names =
      isObject(schema.propertyNames) && typeof schema.propertyNames.pattern === 'string' && !edgy
        ? fc.stringMatching(new RegExp(schema.propertyNames.pattern))
        : fc.string({ maxLength: 6 });
    const extra = fc.dictionary(names, this.valid(additional as Schema, depth + 1, edgy), {
      maxKeys: 3,
    });
    return fc.tuple(record, extra).map(([known, more]) => ({ ...more, ...known }));
  }
}

function lowerBound(schema: Record<string, unknown>): number {
  const value = (schema.minimum ?? schema.exclusiveMinimum) as number | undefined;
  return value === undefined ? -1e6 : value - 2;
}

function upperBound(schema: Record<string, unknown>): number {
  const value = (schema.maximum ?? schema.exclusiveMaximum) as number | undefined;
  return value === undefined ? 1e6 : value + 2;
}

/** Integers the schema accepts: within its bounds and its format's range. */
function integerWithin(schema: Record<string, unknown>): Arb {
  const limit = schema.format === 'int32' ? 2 ** 31 - 1 : 1e9;
  const min = Math.max(
    -limit,
    Math.ceil(
      ((schema.minimum ?? (schema.exclusiveMinimum as number | undefined)) as number | undefined) ??
        -limit,
    ) + (schema.exclusiveMinimum !== undefined ? 1 : 0),
  );
  const max = Math.min(
    limit,
    Math.floor(
      ((schema.maximum ?? (schema.exclusiveMaximum as number | undefined)) as number | undefined) ??
        limit,
    ) - (schema.exclusiveMaximum !== undefined ? 1 : 0),
  );
  return fc.integer({ min, max });
}

function integerNear(schema: Record<string, unknown>): Arb {
  const edges = [
    0,
    -1,
    1,
    2 ** 31 - 1,
    2 ** 31,
    -(2 ** 31),
    -(2 ** 31) - 1,
    2 ** 53,
    1e21,
    2 ** 63,
    -(2 ** 63),
  ];
  for (const key of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']) {
    const bound = schema[key];
    if (typeof bound === 'number') edges.push(bound - 1, bound, bound + 1);
  }
  return fc.oneof(
    fc.integer({ min: Math.max(lowerBound(schema), -1e9), max: Math.min(upperBound(schema), 1e9) }),
    fc.constantFrom(...edges),
  );
}

/** Strings the schema accepts, as far as a generator can promise it. */
function validString(schema: Record<string, unknown>): Arb {
  const min = (schema.minLength as number | undefined) ?? 0;
  const max = (schema.maxLength as number | undefined) ?? min + 12;
  switch (schema.format) {
    case 'uuid':
      return fc.oneof(
        fc.uuid(),
        fc.uuid().map((id) => id.toUpperCase()),
      );
    case 'date-time':
      return validDateTime;
    case 'date':
      return validDateTime.map((text) => text.slice(0, 10));
  }
  if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern));
  return fc.string({
    unit: fc.constantFrom('a', 'é', '\u{1F600}', '1', ' '),
    minLength: min,
    maxLength: max,
  });
}

/** Strings around the schema's edges: lengths one off, formats nearly right, patterns broken. */
function edgyString(schema: Record<string, unknown>): Arb {
  const min = (schema.minLength as number | undefined) ?? 0;
  const max = (schema.maxLength as number | undefined) ?? min + 12;
  const sized = fc.oneof(
    fc.string({ minLength: Math.max(0, min - 1), maxLength: max + 1 }),
    // Astral characters: two UTF-16 units, one character for minLength/maxLength.
    fc.string({ unit: 'binary', minLength: Math.max(0, min - 1), maxLength: max + 1 }),
  );
  switch (schema.format) {
    case 'uuid':
      return fc.oneof(
        { weight: 6, arbitrary: fc.uuid() },
        { weight: 2, arbitrary: fc.uuid().map((id) => id.toUpperCase()) },
        { weight: 1, arbitrary: fc.uuid().map((id) => id.slice(1)) },
        { weight: 1, arbitrary: sized },
      );
    case 'date-time':
      return fc.oneof({ weight: 6, arbitrary: dateTime }, { weight: 1, arbitrary: sized });
    case 'date':
      return fc.oneof(
        { weight: 6, arbitrary: dateTime.map((text) => text.slice(0, 10)) },
        { weight: 1, arbitrary: sized },
      );
  }
  if (typeof schema.pattern === 'string') {
    return fc.oneof(
      { weight: 4, arbitrary: fc.stringMatching(new RegExp(schema.pattern)) },
      { weight: 1, arbitrary: sized },
    );
  }
  return sized;
}

const zone = fc.oneof(
  fc.constantFrom('Z', 'z'),
  fc
    .tuple(
      fc.constantFrom('+', '-'),
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
    )
    .map(([sign, h, m]) => `${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
);

/** Valid RFC 3339 date-times in their variants (offsets, fractions, lower-case t and z). */
const validDateTime: fc.Arbitrary<string> = fc
  .tuple(
    fc.date({
      noInvalidDate: true,
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
    }),
    zone,
    fc.boolean(),
    fc.boolean(),
  )
  .map(([date, offset, fraction, lower]) => {
    const iso = date.toISOString();
    const text = `${iso.slice(0, 19)}${fraction ? iso.slice(19, 23) : ''}${offset}`;
    return lower ? text.replace('T', 't') : text;
  });

const twoDigits = (max: number) =>
  fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));

/** Nearly valid RFC 3339 date-times: day 29–31 in short months, hour 24, second 60, bad zones. */
const nearDateTime: fc.Arbitrary<string> = fc
  .record({
    year: fc.oneof(
      fc.integer({ min: 0, max: 9999 }),
      fc.constantFrom(1900, 2000, 2023, 2024, 2016, 1998),
    ),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.oneof(fc.integer({ min: 0, max: 32 }), fc.constantFrom(28, 29, 30, 31)),
    hour: twoDigits(24),
    minute: twoDigits(60),
    second: fc.oneof(twoDigits(59), fc.constant('60')),
    fraction: fc.option(
      fc.integer({ min: 0, max: 999999 }).map((n) => `.${n}`),
      { nil: '' },
    ),
    separator: fc.constantFrom('T', 't', ' '),
    zone: fc.oneof(
      fc.constantFrom('Z', 'z', '', '+00:00'),
      fc
        .tuple(fc.constantFrom('+', '-'), twoDigits(24), twoDigits(60))
        .map(([sign, h, m]) => `${sign}${h}:${m}`),
    ),
  })
  .map(({ year, month, day, hour, minute, second, fraction, separator, zone }) => {
    const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return `${date}${separator}${hour}:${minute}:${second}${fraction}${zone}`;
  });

/** One step of damage: a seed for where, and what to do there. */
export const mutation = fc.record({
  where: fc.nat(),
  kind: fc.constantFrom('delete', 'replace', 'add-key', 'wrap', 'number', 'string', 'null'),
  replacement: smallJson,
});

type Mutation = { where: number; kind: string; replacement: unknown };

/** A deep copy of JSON data (faster than structuredClone for small values). */
function cloneJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneJson);
  if (isObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      // defineProperty, so that a "__proto__" key stays a key.
      Object.defineProperty(copy, key, {
        value: cloneJson(child),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return copy;
  }
  return value;
}

const finite = (value: number | undefined) =>
  value !== undefined && Number.isFinite(value) ? value : 0;

/** Applies one mutation to a copy of `value` at the node `where` picks. */
export function applyMutation(value: unknown, step: Mutation): unknown {
  const root = cloneJson(value);
  const nodes: {
    parent: Record<string, unknown> | unknown[] | undefined;
    key: string | number;
    node: unknown;
  }[] = [];
  const visit = (node: unknown, parent: (typeof nodes)[number]['parent'], key: string | number) => {
    nodes.push({ parent, key, node });
    if (Array.isArray(node)) for (const [index, child] of node.entries()) visit(child, node, index);
    else if (isObject(node))
      for (const [name, child] of Object.entries(node)) visit(child, node, name);
  };
  visit(root, undefined, '');
  const target = nodes[step.where % nodes.length];
  if (target === undefined) return root;
  const replace = (next: unknown) => {
    if (target.parent === undefined) return next;
    (target.parent as Record<string | number, unknown>)[target.key] = next;
    return root;
  };
  switch (step.kind) {
    case 'delete':
      if (Array.isArray(target.parent)) target.parent.splice(target.key as number, 1);
      else if (target.parent !== undefined) delete target.parent[target.key as string];
      return target.parent === undefined ? step.replacement : root;
    case 'add-key':
      if (isObject(target.node)) {
        target.node[`extra${step.where % 3}`] = step.replacement;
        return root;
      }
      return replace(step.replacement);
    case 'wrap':
      return replace([target.node]);
    case 'number':
      // Kept finite: Infinity is no JSON, and the oracle reads only JSON.
      return replace(
        typeof target.node === 'number'
          ? finite([target.node + 0.5, -target.node - 1, target.node * 2 ** 31][step.where % 3])
          : step.where % 7,
      );
    case 'string':
      return replace(
        typeof target.node === 'string'
          ? [`${target.node}x`, target.node.slice(1), '', `${target.node}\u{1F600}`][step.where % 4]
          : String(target.node),
      );
    case 'null':
      return replace(null);
    default:
      return replace(step.replacement);
  }
}

const dateTime: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: validDateTime },
  { weight: 1, arbitrary: nearDateTime },
);

export type { Json };
