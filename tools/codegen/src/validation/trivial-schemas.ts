// Which schemas need no code: keys that are not asserting keywords never change a verdict.
import { isObject, type JsonObject } from '../openapi-walk.ts';
import { assertionKeywords } from './keywords.ts';

const asserting = new Set<string>(assertionKeywords);

/** Whether a schema key only annotates (or is unknown, hence an annotation in 2020-12). */
export function isAnnotationKey(key: string): boolean {
  return !asserting.has(key);
}

/** A schema that accepts everything and so needs no code (`true`, `{}`, annotations only). */
export function isTrivial(schema: unknown): boolean {
  if (schema === true) return true;
  if (!isObject(schema)) return false;
  return Object.keys(schema).every(isAnnotationKey);
}

/** A schema that is a `$ref` (or `key`) and annotations only: what it refers to can stand for it. */
export function isBareRef(schema: JsonObject, key: '$ref' | '$dynamicRef' = '$ref'): boolean {
  return Object.keys(schema).every((name) => name === key || isAnnotationKey(name));
}
