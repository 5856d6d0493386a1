import { consequence, describeTypes } from './describe.ts';
import { type NormalSchema, typeCovers } from './normalize.ts';
import type { SchemaWalk } from './schema-walk.ts';

/**
 * Compares `type` and `format`. Returns false when the types are unrelated: nothing below is
 * worth comparing then.
 */
export function compareTypes(
  walk: SchemaWalk,
  base: NormalSchema,
  head: NormalSchema,
  path: string,
): boolean {
  const { direction } = walk.scope;
  const from = describeTypes(base);
  const to = describeTypes(head);
  let effect: 'narrows' | 'widens' | 'incomparable' | undefined;
  if (base.types === undefined && head.types !== undefined) effect = 'narrows';
  else if (base.types !== undefined && head.types === undefined) effect = 'widens';
  else if (base.types && head.types) {
    const headCovers = [...base.types].every((type) => typeCovers(head.types as Set<string>, type));
    const baseCovers = [...head.types].every((type) => typeCovers(base.types as Set<string>, type));
    if (headCovers && !baseCovers) effect = 'widens';
    else if (baseCovers && !headCovers) effect = 'narrows';
    else if (!headCovers && !baseCovers) effect = 'incomparable';
  }
  if (effect === undefined && base.format !== head.format) {
    if (base.format === undefined) effect = 'narrows';
    else if (head.format === undefined) effect = 'widens';
    else effect = 'incomparable';
  }
  if (effect === undefined) return true;
  const suffix =
    effect === 'incomparable'
      ? 'type-changed'
      : effect === 'widens'
        ? 'type-generalized'
        : 'type-specialized';
  walk.report(
    suffix,
    path,
    `type changed from ${from} to ${to}: ${consequence(direction, effect)}.`,
    head.pointer,
  );
  return effect !== 'incomparable';
}
