import { CodegenError } from '../errors.ts';
import { isObject, type JsonObject, pointerSegment } from '../openapi-walk.ts';
import {
  type JsonType,
  jsonTypes,
  keywordHints,
  numberFormats,
  stringFormats,
} from './keywords.ts';

import type { Dialect } from './vocabularies.ts';

export { resolvePointer } from './schema-registry.ts';

/** What a reader needs to know about the module being compiled. */
export interface ReaderContext {
  /** The file and local pointer of a location, for errors. */
  where(location: string): { file: string; pointer: string };
  /** Formats asserted by the module's policy. */
  readonly assertedFormats: ReadonlySet<string>;
  /** What the schema's dialect (its `$schema`'s `$vocabulary`) enables, when it says. */
  dialectOf(schema: JsonObject): Dialect | undefined;
}

/** Reads one schema object's keywords, checking each value's shape, with errors that say where. */
export class SchemaReader {
  readonly schema: JsonObject;
  /** The schema's location (see `Location` in schema-registry.ts). */
  readonly pointer: string;
  private readonly context: ReaderContext;
  private readonly assertsAllFormats: boolean;

  constructor(context: ReaderContext, schema: JsonObject, pointer: string) {
    this.context = context;
    this.pointer = pointer;
    const dialect = context.dialectOf(schema);
    this.assertsAllFormats = dialect?.assertsFormats === true;
    // Keywords of a vocabulary the dialect leaves out are annotations: read as absent.
    this.schema =
      dialect === undefined
        ? schema
        : Object.fromEntries(Object.entries(schema).filter(([key]) => !dialect.disabled.has(key)));
  }

  /** Checks the value of every keyword, including those the value's type makes irrelevant. */
  validateAll(): void {
    this.ref('$ref');
    this.ref('$dynamicRef');
    this.types();
    this.required();
    this.schemaMap('properties');
    this.schemaMap('patternProperties');
    this.dependentSchemas();
    this.dependentRequired();
    this.enumValues();
    this.pattern();
    for (const name of Object.keys(this.schemaMap('patternProperties')))
      this.checkRegex(name, 'patternProperties');
    this.format();
    for (const key of [
      'minLength',
      'maxLength',
      'minItems',
      'maxItems',
      'minProperties',
      'maxProperties',
      'minContains',
      'maxContains',
    ])
      this.count(key);
    for (const key of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'])
      this.number(key);
    this.multipleOf();
    for (const key of ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const) this.schemaList(key);
    for (const key of [
      'additionalProperties',
      'unevaluatedProperties',
      'unevaluatedItems',
      'propertyNames',
      'items',
      'contains',
      'not',
      'if',
      'then',
      'else',
    ]) {
      const value = this.schema[key];
      if (key === 'items' && Array.isArray(value)) {
        throw this.error('/items', 'invalid "items": a list (the 2019-09 tuple form)', [
          'a schema; tuples are written with prefixItems in 2020-12',
        ]);
      }
      if (value !== undefined && typeof value !== 'boolean' && !isObject(value)) {
        throw this.invalid(key, 'a schema (an object or a boolean)');
      }
    }
    if (this.has('uniqueItems') && typeof this.schema.uniqueItems !== 'boolean') {
      throw this.invalid('uniqueItems', 'true or false');
    }
  }

  has(key: string): boolean {
    return this.schema[key] !== undefined;
  }

  error(suffix: string, message: string, expected: readonly string[]): CodegenError {
    const { file, pointer } = this.context.where(this.pointer);
    return new CodegenError({
      file,
      pointer: `${pointer}${suffix}`,
      expected: expected.join('; '),
      message,
    });
  }

  private invalid(key: string, expected: string): CodegenError {
    const got = JSON.stringify(this.schema[key]);
    return this.error(`/${pointerSegment(key)}`, `invalid "${key}": ${got}`, [expected]);
  }

  /** A keyword whose value must be a non-negative integer (minLength, maxItems, …). */
  count(key: string): number | undefined {
    const value = this.schema[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw this.invalid(key, 'a non-negative integer');
    }
    return value;
  }

  number(key: string): number | undefined {
    const value = this.schema[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw this.invalid(
        key,
        keywordHints[key] && typeof value === 'boolean' ? keywordHints[key] : 'a number',
      );
    }
    return value;
  }

  multipleOf(): number | undefined {
    const value = this.number('multipleOf');
    if (value !== undefined && value <= 0) throw this.invalid('multipleOf', 'a number above 0');
    return value;
  }

  string(key: string): string | undefined {
    const value = this.schema[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw this.invalid(key, 'a string');
    return value;
  }

  /** `type` as a list; `undefined` when absent. */
  types(): JsonType[] | undefined {
    const value = this.schema.type;
    if (value === undefined) return undefined;
    const list = Array.isArray(value) ? value : [value];
    const known = new Set<unknown>(jsonTypes);
    if (
      list.length === 0 ||
      !list.every((type) => known.has(type)) ||
      new Set(list).size !== list.length
    ) {
      throw this.invalid(
        'type',
        `a type name or a list of distinct type names (${jsonTypes.join(', ')})`,
      );
    }
    return list as JsonType[];
  }

  required(): string[] {
    return this.names('required', this.schema.required);
  }

  private names(key: string, value: unknown, suffix = `/${pointerSegment(key)}`): string[] {
    if (value === undefined) return [];
    if (
      !Array.isArray(value) ||
      !value.every((name) => typeof name === 'string') ||
      new Set(value).size !== value.length
    ) {
      throw this.error(suffix, `invalid "${key}": ${JSON.stringify(value)}`, [
        'a list of distinct property names',
      ]);
    }
    return value;
  }

  /**
   * `dependentRequired` as [property, the names it requires] pairs, with the lists of draft 7's
   * `dependencies` (read for compatibility).
   */
  dependentRequired(): [string, string[]][] {
    return [
      ...this.dependents('dependentRequired', () => true),
      ...this.dependents('dependencies', Array.isArray),
    ].map(([name, list, key]) => [
      name,
      this.names(`${key}/${name}`, list, `/${key}/${pointerSegment(name)}`),
    ]);
  }

  /** `dependentSchemas` as [property, schema, its location], with draft 7's `dependencies`. */
  dependentSchemas(): [string, unknown, string][] {
    const isSchema = (value: unknown) => !Array.isArray(value);
    return [
      ...this.dependents('dependentSchemas', isSchema),
      ...this.dependents('dependencies', isSchema),
    ].map(([name, schema, key]) => [
      name,
      schema,
      `${this.pointer}/${key}/${pointerSegment(name)}`,
    ]);
  }

  private dependents(
    key: 'dependentRequired' | 'dependentSchemas' | 'dependencies',
    wanted: (value: unknown) => boolean,
  ): [string, unknown, string][] {
    const value = this.schema[key];
    if (value === undefined) return [];
    if (!isObject(value)) throw this.invalid(key, 'an object keyed by property name');
    return Object.entries(value)
      .filter(([, entry]) => wanted(entry))
      .map(([name, entry]) => [name, entry, key]);
  }

  /** `properties`, `patternProperties` as a map of subschemas. */
  schemaMap(key: 'properties' | 'patternProperties'): Record<string, unknown> {
    const value = this.schema[key];
    if (value === undefined) return {};
    if (!isObject(value)) throw this.invalid(key, 'an object of schemas');
    return value;
  }

  /** `properties` as [name, subschema] pairs. */
  properties(): [string, unknown][] {
    return Object.entries(this.schemaMap('properties'));
  }

  /** `allOf`/`anyOf`/`oneOf`/`prefixItems`: a non-empty list of schemas. */
  schemaList(key: 'allOf' | 'anyOf' | 'oneOf' | 'prefixItems'): unknown[] | undefined {
    const value = this.schema[key];
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || value.length === 0)
      throw this.invalid(key, 'a non-empty list of schemas');
    return value;
  }

  /** `enum`: a list of values (an empty one accepts nothing). */
  enumValues(): unknown[] | undefined {
    const value = this.schema.enum;
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) throw this.invalid('enum', 'a list of values');
    return value;
  }

  /** The reference of `$ref` or `$dynamicRef`, as written. */
  ref(key: '$ref' | '$dynamicRef' = '$ref'): string | undefined {
    const value = this.schema[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      throw this.invalid(key, 'a URI reference such as "#/components/schemas/Name"');
    }
    return value;
  }

  /** The compiled pattern; it must be valid with the `u` flag JSON Schema implies. */
  pattern(): string | undefined {
    const value = this.string('pattern');
    if (value === undefined) return undefined;
    this.checkRegex(value, 'pattern');
    return value;
  }

  private checkRegex(source: string, key: string): void {
    try {
      new RegExp(source, 'u');
    } catch (error) {
      const suffix = key === 'pattern' ? '/pattern' : `/${key}/${pointerSegment(source)}`;
      throw this.error(
        suffix,
        `invalid pattern ${JSON.stringify(source)}: ${(error as Error).message}`,
        ['an ECMA-262 regular expression valid with the "u" flag'],
      );
    }
  }

  /** `format` when the module's policy asserts it; otherwise (or unknown) an annotation. */
  format():
    | { kind: 'string'; name: keyof typeof stringFormats }
    | { kind: 'number'; name: keyof typeof numberFormats }
    | undefined {
    const value = this.string('format');
    if (value === undefined) return undefined;
    if (!this.assertsAllFormats && !this.context.assertedFormats.has(value)) return undefined;
    if (Object.hasOwn(stringFormats, value))
      return { kind: 'string', name: value as keyof typeof stringFormats };
    if (Object.hasOwn(numberFormats, value))
      return { kind: 'number', name: value as keyof typeof numberFormats };
    return undefined;
  }
}
