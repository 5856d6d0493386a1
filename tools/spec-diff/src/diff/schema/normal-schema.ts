// The normal form of a schema, and the small helpers building it needs.
import type { Located } from '../context.ts';
import { isObject } from '../pointer.ts';

export interface Bound {
  readonly value: number;
  readonly exclusive: boolean;
}

export interface XmlNaming {
  readonly name?: string;
  readonly namespace?: string;
  readonly prefix?: string;
  readonly attribute?: boolean;
  readonly wrapped?: boolean;
}

export type SizeKeyword = 'maxLength' | 'minLength' | 'maxItems' | 'minItems';

/** A schema in normal form. `key` is stable per schema object: cycles and memos use it. */
export interface NormalSchema {
  readonly key: object;
  readonly pointer: string;
  /** Component name, when the schema was reached through a `$ref`. */
  refName?: string;
  /** Allowed JSON types other than null; `undefined` means any. */
  types?: Set<string>;
  nullable: boolean;
  enumValues?: unknown[];
  /** The enum is open: `x-extensible-enum`, or `anyOf: [{const}…, {type}]`. */
  extensible: boolean;
  format?: string;
  pattern?: string;
  maximum?: Bound;
  minimum?: Bound;
  sizes: Partial<Record<SizeKeyword, number>>;
  properties: Map<string, Located<unknown>>;
  required: Set<string>;
  additionalProperties?: boolean | Located<unknown>;
  items?: Located<unknown>;
  oneOf?: Located<unknown>[];
  anyOf?: Located<unknown>[];
  readOnly: boolean;
  writeOnly: boolean;
  deprecated: boolean;
  hasDefault: boolean;
  defaultValue?: unknown;
  xml?: XmlNaming;
}

export const annotationKeys = new Set([
  'description',
  'summary',
  'title',
  'example',
  'examples',
  '$comment',
  'externalDocs',
]);
export const sizeKeywords: readonly SizeKeyword[] = [
  'maxLength',
  'minLength',
  'maxItems',
  'minItems',
];

export function emptySchema(key: object, pointer: string): NormalSchema {
  return {
    key,
    pointer,
    nullable: false,
    extensible: false,
    sizes: {},
    properties: new Map(),
    required: new Set(),
    readOnly: false,
    writeOnly: false,
    deprecated: false,
    hasDefault: false,
  };
}

export function isNullOnly(node: unknown): boolean {
  if (!isObject(node)) return false;
  if (
    node.type === 'null' ||
    (Array.isArray(node.type) && node.type.length === 1 && node.type[0] === 'null')
  )
    return true;
  if ('const' in node && node.const === null) return true;
  return Array.isArray(node.enum) && node.enum.length === 1 && node.enum[0] === null;
}

/** `integer` is a subset of `number`. */
export function typeCovers(types: ReadonlySet<string>, type: string): boolean {
  return types.has(type) || (type === 'integer' && types.has('number'));
}

export function intersectTypes(a: Set<string>, b: Set<string>): Set<string> {
  const result = new Set<string>();
  for (const type of a) if (typeCovers(b, type)) result.add(type);
  for (const type of b) if (typeCovers(a, type)) result.add(type);
  return result;
}

/** Deep equality for JSON values (enum members, defaults). */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (isObject(value))
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical(value[key])]),
    );
  return value;
}
