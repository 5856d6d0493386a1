import type { NormalSchema } from './normalize.ts';
import type { SchemaWalk } from './schema-walk.ts';

/** Compares `additionalProperties`: allowed or not, and the schema of extra properties. */
export function compareAdditionalProperties(
  walk: SchemaWalk,
  base: NormalSchema,
  head: NormalSchema,
  path: string,
): void {
  const [from, to] = [base.additionalProperties, head.additionalProperties];
  const allowedBefore = from !== false;
  const allowedNow = to !== false;
  if (allowedBefore && !allowedNow) {
    const who =
      walk.scope.direction === 'request'
        ? 'requests with undocumented properties are now rejected'
        : 'clients receive only documented properties';
    walk.report(
      'additional-properties-disallowed',
      path,
      `additionalProperties set to false: ${who}.`,
      head.pointer,
    );
  } else if (!allowedBefore && allowedNow) {
    const who =
      walk.scope.direction === 'response'
        ? 'clients that validate strictly may meet properties they do not know'
        : 'the API accepts undocumented properties';
    walk.report(
      'additional-properties-allowed',
      path,
      `additionalProperties no longer false: ${who}.`,
      head.pointer,
    );
  }
  if (typeof from === 'object' && typeof to === 'object')
    walk.compare(from, to, path ? `${path}.*` : '*');
}
