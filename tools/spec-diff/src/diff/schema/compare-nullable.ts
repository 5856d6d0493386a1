import type { NormalSchema } from './normalize.ts';
import type { SchemaWalk } from './schema-walk.ts';

/** Compares whether null is allowed (only where the head says what type the value has). */
export function compareNullable(
  walk: SchemaWalk,
  base: NormalSchema,
  head: NormalSchema,
  path: string,
): void {
  if (base.nullable === head.nullable || head.types === undefined) return;
  const { direction } = walk.scope;
  if (head.nullable) {
    const who =
      direction === 'response'
        ? 'clients that do not expect null will break on it'
        : 'clients may now send null';
    walk.report('became-nullable', path, `became nullable: ${who}.`, head.pointer);
  } else {
    const who =
      direction === 'request'
        ? 'requests that send null are now rejected'
        : 'clients no longer receive null';
    walk.report('became-not-nullable', path, `no longer nullable: ${who}.`, head.pointer);
  }
}
