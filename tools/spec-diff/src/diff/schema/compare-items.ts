import type { NormalSchema } from './normalize.ts';
import type { SchemaWalk } from './schema-walk.ts';

/** Compares array `items`; a side without them counts as allowing anything. */
export function compareItems(
  walk: SchemaWalk,
  base: NormalSchema,
  head: NormalSchema,
  path: string,
): void {
  if (!base.items && !head.items) return;
  walk.compare(
    base.items ?? { node: {}, pointer: base.pointer },
    head.items ?? { node: {}, pointer: head.pointer },
    `${path}[]`,
  );
}
