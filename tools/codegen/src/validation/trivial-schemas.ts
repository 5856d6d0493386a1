// Which schemas need no code: annotations and `x-` extensions never change a verdict.
import { isObject, type JsonObject } from '../openapi-walk.ts';
import { annotationKeywords } from './keywords.ts';

const annotationOnly = new Set<string>(annotationKeywords);

/** Whether a schema key only annotates: an annotation keyword or an `x-` extension. */
export function isAnnotationKey(key: string): boolean {
  return annotationOnly.has(key) || key.startsWith('x-');
}

/** A schema that accepts everything and so needs no code (`true`, `{}`, annotations only). */
export function isTrivial(schema: unknown): boolean {
  if (schema === true) return true;
  if (!isObject(schema)) return false;
  return Object.keys(schema).every(isAnnotationKey);
}

/** A schema that is a `$ref` and annotations only, so the referenced check can stand for it. */
export function isBareRef(schema: JsonObject): boolean {
  return Object.keys(schema).every((key) => key === '$ref' || isAnnotationKey(key));
}
