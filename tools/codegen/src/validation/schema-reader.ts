import { CodegenError } from '../errors.ts';
import { isObject, type JsonObject, pointerSegment } from '../openapi-walk.ts';
import {
  annotationFormats,
  annotationKeywords,
  assertionKeywords,
  type JsonType,
  jsonTypes,
  keywordHints,
  numberFormats,
  stringFormats,
} from './keywords.ts';

const assertion = new Set<string>(assertionKeywords);
const annotation = new Set<string>(annotationKeywords);

/** Reads one schema object's keywords, checking each value's shape, with errors that say where. */
export class SchemaReader {
  readonly specFile: string;
  readonly schema: JsonObject;
  readonly pointer: string;

  constructor(specFile: string, schema: JsonObject, pointer: string) {
    this.specFile = specFile;
    this.schema = schema;
    this.pointer = pointer;
    for (const key of Object.keys(schema)) {
      if (assertion.has(key) || annotation.has(key) || key.startsWith('x-')) continue;
      throw this.error(`/${pointerSegment(key)}`, `unsupported keyword "${key}"`, [
        keywordHints[key] ??
          `one of: ${[...assertionKeywords, ...annotationKeywords].join(', ')}, x-*`,
      ]);
    }
  }

  /** Checks the value of every keyword, including those the value's type makes irrelevant. */
  validateAll(): void {
    this.ref();
    this.types();
    this.required();
    this.properties();
    this.enumValues();
    this.pattern();
    this.format();
    for (const key of [
      'minLength',
      'maxLength',
      'minItems',
      'maxItems',
      'minProperties',
      'maxProperties',
    ])
      this.count(key);
    for (const key of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'])
      this.number(key);
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) this.schemaList(key);
    for (const key of ['additionalProperties', 'propertyNames', 'items', 'not']) {
      const value = this.schema[key];
      if (value !== undefined && typeof value !== 'boolean' && !isObject(value)) {
        throw this.invalid(key, 'a schema (an object or a boolean)');
      }
    }
  }

  has(key: string): boolean {
    return this.schema[key] !== undefined;
  }

  error(suffix: string, message: string, expected: readonly string[]): CodegenError {
    return new CodegenError({
      file: this.specFile,
      pointer: `${this.pointer}${suffix}`,
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
    const value = this.schema.required;
    if (value === undefined) return [];
    if (
      !Array.isArray(value) ||
      !value.every((name) => typeof name === 'string') ||
      new Set(value).size !== value.length
    ) {
      throw this.invalid('required', 'a list of distinct property names');
    }
    return value;
  }

  /** `properties` as [name, subschema pointer] pairs. */
  properties(): [string, unknown][] {
    const value = this.schema.properties;
    if (value === undefined) return [];
    if (!isObject(value)) throw this.invalid('properties', 'an object of schemas');
    return Object.entries(value);
  }

  /** `allOf`/`anyOf`/`oneOf`: a non-empty list of schemas. */
  schemaList(key: 'allOf' | 'anyOf' | 'oneOf'): unknown[] | undefined {
    const value = this.schema[key];
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || value.length === 0)
      throw this.invalid(key, 'a non-empty list of schemas');
    return value;
  }

  enumValues(): unknown[] | undefined {
    const value = this.schema.enum;
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || value.length === 0)
      throw this.invalid('enum', 'a non-empty list of values');
    return value;
  }

  /** The local pointer of `$ref` (`#/components/schemas/X` → `/components/schemas/X`). */
  ref(): string | undefined {
    const value = this.schema.$ref;
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !value.startsWith('#/')) {
      throw this.invalid(
        '$ref',
        'a local reference such as "#/components/schemas/Name" (bundle the spec first)',
      );
    }
    return decodeURIComponent(value.slice(1));
  }

  /** The compiled pattern; it must be valid with the `u` flag JSON Schema implies. */
  pattern(): string | undefined {
    const value = this.string('pattern');
    if (value === undefined) return undefined;
    try {
      new RegExp(value, 'u');
    } catch (error) {
      throw this.error(
        '/pattern',
        `invalid pattern ${JSON.stringify(value)}: ${(error as Error).message}`,
        ['an ECMA-262 regular expression valid with the "u" flag'],
      );
    }
    return value;
  }

  /** `format`, classified; unknown formats stop generation rather than pass silently. */
  format():
    | { kind: 'string'; name: keyof typeof stringFormats }
    | { kind: 'number'; name: keyof typeof numberFormats }
    | { kind: 'annotation' }
    | undefined {
    const value = this.string('format');
    if (value === undefined) return undefined;
    if (Object.hasOwn(stringFormats, value))
      return { kind: 'string', name: value as keyof typeof stringFormats };
    if (Object.hasOwn(numberFormats, value))
      return { kind: 'number', name: value as keyof typeof numberFormats };
    if ((annotationFormats as readonly string[]).includes(value)) return { kind: 'annotation' };
    const known = [
      ...Object.keys(stringFormats),
      ...Object.keys(numberFormats),
      ...annotationFormats,
    ];
    throw this.error('/format', `unsupported format "${value}"`, [`one of: ${known.join(', ')}`]);
  }
}

/** Resolves a local JSON pointer in the document. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  let node: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node) && Object.hasOwn(node, key)) node = node[key];
    else return undefined;
  }
  return node;
}
