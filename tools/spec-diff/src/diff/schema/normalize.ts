// Turns the many spellings of one schema into one shape, so that rewriting a schema without
// changing what it accepts (inline vs $ref, allOf composition, `nullable` vs `type: [x, 'null']`,
// `const` vs one-value `enum`) reports nothing.
import type { Located, SpecSide } from '../context.ts';
import { childPointer, isObject } from '../pointer.ts';
import { readMax, stricterMax, stricterMin } from './bounds.ts';
import {
  annotationKeys,
  emptySchema,
  intersectTypes,
  isNullOnly,
  type NormalSchema,
  sameValue,
  sizeKeywords,
  type XmlNaming,
} from './normal-schema.ts';

export type { Bound, NormalSchema, SizeKeyword, XmlNaming } from './normal-schema.ts';
export { sameValue, typeCovers } from './normal-schema.ts';

/** Normalizes schemas of one spec side; results are cached per schema object. */
export class SchemaNormalizer {
  private readonly cache = new WeakMap<object, NormalSchema>();
  // Synthetic `{ allOf: [a, b] }` objects, kept so that their identity is stable across visits.
  private readonly merged = new WeakMap<object, WeakMap<object, object>>();

  private readonly side: SpecSide;

  constructor(side: SpecSide) {
    this.side = side;
  }

  normalize(located: Located<unknown>): NormalSchema {
    const raw = located.node;
    if (!isObject(raw)) return emptySchema(located, located.pointer);
    const cached = this.cache.get(raw);
    if (cached) return cached;
    // Placeholder first: a schema that reaches itself through allOf gets the unfinished form, not a loop.
    const placeholder = emptySchema(raw, located.pointer);
    this.cache.set(raw, placeholder);
    const result = this.build(raw, located.pointer);
    // A bare `$ref` keeps the key of its target, so a recursive schema meets itself one level down.
    Object.assign(placeholder, result, { key: isBareRef(raw) ? result.key : raw });
    return placeholder;
  }

  private build(raw: Record<string, unknown>, pointer: string): NormalSchema {
    if (typeof raw.$ref === 'string') {
      const siblings = Object.keys(raw).filter((key) => key !== '$ref' && !annotationKeys.has(key));
      const target = this.side.resolve({ node: { $ref: raw.$ref }, pointer });
      const resolved = this.normalize(target);
      const named = { ...resolved, refName: raw.$ref.split('/').pop() };
      if (siblings.length === 0) return named;
      const rest = Object.fromEntries(siblings.map((key) => [key, raw[key]]));
      return this.merge(named, this.build(rest, pointer), pointer);
    }

    let schema = this.own(raw, pointer);
    if (Array.isArray(raw.allOf)) {
      raw.allOf.forEach((member, index) => {
        schema = this.merge(
          schema,
          this.normalize({
            node: member,
            pointer: childPointer(childPointer(pointer, 'allOf'), index),
          }),
          pointer,
        );
      });
    }
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const branches = raw[keyword];
      if (!Array.isArray(branches)) continue;
      schema = this.applyUnion(schema, keyword, branches, pointer);
    }
    return schema;
  }

  // oneOf/anyOf: null branches become `nullable`, the open-enum shape becomes an extensible enum,
  // a single remaining branch is merged in; anything else stays a list of branches.
  private applyUnion(
    schema: NormalSchema,
    keyword: 'oneOf' | 'anyOf',
    branches: unknown[],
    pointer: string,
  ): NormalSchema {
    const listPointer = childPointer(pointer, keyword);
    const located = branches.map((node, index) => ({
      node,
      pointer: childPointer(listPointer, index),
    }));
    const nonNull = located.filter((branch) => !isNullOnly(this.side.resolve(branch).node));
    const nullable = nonNull.length < located.length;
    const openEnum = this.openEnum(nonNull);
    let result: NormalSchema;
    if (openEnum) {
      result = this.merge(schema, openEnum, pointer);
    } else if (nonNull.length === 1 && nonNull[0]) {
      result = this.merge(schema, this.normalize(nonNull[0]), pointer);
    } else {
      result = { ...schema, [keyword]: nonNull };
    }
    if (nullable) result.nullable = true;
    return result;
  }

  private openEnum(branches: Located<unknown>[]): NormalSchema | undefined {
    if (branches.length < 2) return undefined;
    const forms = branches.map((branch) => this.normalize(branch));
    const catchAll = forms.filter((form) => form.enumValues === undefined);
    const constants = forms.filter((form) => form.enumValues !== undefined);
    const open = catchAll[0];
    if (catchAll.length !== 1 || !open || open.types === undefined || constants.length === 0)
      return undefined;
    const values = constants.flatMap((form) => form.enumValues ?? []);
    const typed = values.every((value) =>
      [...(open.types ?? [])].some((type) => matchesType(value, type)),
    );
    if (!typed) return undefined;
    return { ...open, enumValues: values, extensible: true };
  }

  private own(raw: Record<string, unknown>, pointer: string): NormalSchema {
    const schema = emptySchema(raw, pointer);
    const types =
      typeof raw.type === 'string'
        ? [raw.type]
        : Array.isArray(raw.type)
          ? raw.type.map(String)
          : undefined;
    if (types) {
      schema.types = new Set(types.filter((type) => type !== 'null'));
      if (types.includes('null')) schema.nullable = true;
    }
    if (raw.nullable === true) schema.nullable = true;
    const values = 'const' in raw ? [raw.const] : Array.isArray(raw.enum) ? raw.enum : undefined;
    if (values) {
      if (values.includes(null)) schema.nullable = true;
      schema.enumValues = values.filter((value) => value !== null);
    }
    const extensible = raw['x-extensible-enum'];
    if (extensible === true) schema.extensible = true;
    if (Array.isArray(extensible)) {
      schema.enumValues = extensible;
      schema.extensible = true;
    }
    if (typeof raw.format === 'string') schema.format = raw.format;
    // An empty pattern matches every string: the same as none.
    if (typeof raw.pattern === 'string' && raw.pattern !== '') schema.pattern = raw.pattern;
    schema.maximum = readMax(raw, 'maximum', 'exclusiveMaximum');
    schema.minimum = readMax(raw, 'minimum', 'exclusiveMinimum');
    for (const keyword of sizeKeywords)
      if (typeof raw[keyword] === 'number') schema.sizes[keyword] = raw[keyword] as number;
    if (isObject(raw.properties)) {
      const propertiesPointer = childPointer(pointer, 'properties');
      for (const [name, node] of Object.entries(raw.properties)) {
        schema.properties.set(name, { node, pointer: childPointer(propertiesPointer, name) });
      }
    }
    if (Array.isArray(raw.required))
      for (const name of raw.required) schema.required.add(String(name));
    if (typeof raw.additionalProperties === 'boolean')
      schema.additionalProperties = raw.additionalProperties;
    else if (isObject(raw.additionalProperties)) {
      schema.additionalProperties = {
        node: raw.additionalProperties,
        pointer: childPointer(pointer, 'additionalProperties'),
      };
    }
    if (raw.items !== undefined && typeof raw.items !== 'boolean')
      schema.items = { node: raw.items, pointer: childPointer(pointer, 'items') };
    schema.readOnly = raw.readOnly === true;
    schema.writeOnly = raw.writeOnly === true;
    schema.deprecated = raw.deprecated === true;
    if ('default' in raw) {
      schema.hasDefault = true;
      schema.defaultValue = raw.default;
    }
    if (isObject(raw.xml)) schema.xml = raw.xml as XmlNaming;
    return schema;
  }

  // allOf: a value must satisfy every member, so take the stricter of each constraint.
  private merge(a: NormalSchema, b: NormalSchema, pointer: string): NormalSchema {
    const allowsNull = (schema: NormalSchema) => schema.nullable || schema.types === undefined;
    const types = a.types && b.types ? intersectTypes(a.types, b.types) : (a.types ?? b.types);
    const result: NormalSchema = {
      ...emptySchema(a.key, pointer),
      refName: a.refName ?? b.refName,
      types,
      nullable: types !== undefined && allowsNull(a) && allowsNull(b),
      enumValues:
        a.enumValues && b.enumValues
          ? a.enumValues.filter((value) => b.enumValues?.some((other) => sameValue(value, other)))
          : (a.enumValues ?? b.enumValues),
      extensible: a.extensible || b.extensible,
      format: a.format ?? b.format,
      pattern: a.pattern ?? b.pattern,
      maximum: stricterMax(a.maximum, b.maximum),
      minimum: stricterMin(a.minimum, b.minimum),
      sizes: { ...a.sizes },
      required: new Set([...a.required, ...b.required]),
      readOnly: a.readOnly || b.readOnly,
      writeOnly: a.writeOnly || b.writeOnly,
      deprecated: a.deprecated || b.deprecated,
      hasDefault: a.hasDefault || b.hasDefault,
      defaultValue: a.hasDefault ? a.defaultValue : b.defaultValue,
      xml: a.xml ?? b.xml,
      oneOf: a.oneOf ?? b.oneOf,
      anyOf: a.anyOf ?? b.anyOf,
    };
    for (const keyword of sizeKeywords) {
      const [x, y] = [a.sizes[keyword], b.sizes[keyword]];
      if (x === undefined || y === undefined) result.sizes[keyword] = x ?? y;
      else result.sizes[keyword] = keyword.startsWith('max') ? Math.min(x, y) : Math.max(x, y);
      if (result.sizes[keyword] === undefined) delete result.sizes[keyword];
    }
    result.properties = new Map(a.properties);
    for (const [name, property] of b.properties) {
      const existing = result.properties.get(name);
      result.properties.set(name, existing ? this.both(existing, property) : property);
    }
    result.items = a.items && b.items ? this.both(a.items, b.items) : (a.items ?? b.items);
    const [x, y] = [a.additionalProperties, b.additionalProperties];
    result.additionalProperties =
      x === false || y === false ? false : isObject(x) ? x : isObject(y) ? y : (x ?? y);
    return result;
  }

  private both(a: Located<unknown>, b: Located<unknown>): Located<unknown> {
    const [ka, kb] = [isObject(a.node) ? a.node : {}, isObject(b.node) ? b.node : {}];
    let inner = this.merged.get(ka);
    if (!inner) {
      inner = new WeakMap();
      this.merged.set(ka, inner);
    }
    let node = inner.get(kb);
    if (!node) {
      node = { allOf: [ka, kb] };
      inner.set(kb, node);
    }
    return { node, pointer: a.pointer };
  }
}

function isBareRef(raw: Record<string, unknown>): boolean {
  return (
    typeof raw.$ref === 'string' &&
    Object.keys(raw).every((key) => key === '$ref' || annotationKeys.has(key))
  );
}

function matchesType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return isObject(value);
  return typeof value === type;
}
