import { compareAdditionalProperties } from './compare-additional-properties.ts';
import { compareBounds } from './compare-bounds.ts';
import { compareBranches, unionOf } from './compare-branches.ts';
import { compareDefault } from './compare-default.ts';
import { compareEnums } from './compare-enums.ts';
import { compareItems } from './compare-items.ts';
import { compareNullable } from './compare-nullable.ts';
import { comparePattern } from './compare-pattern.ts';
import { compareProperties } from './compare-properties.ts';
import { compareTypes } from './compare-types.ts';
import { compareXml } from './compare-xml.ts';
import type { NormalSchema } from './normalize.ts';
import type { SchemaWalk } from './schema-walk.ts';

/** Runs every keyword comparer on one normalized pair, in the order their reports appear. */
export function compareKeywords(
  walk: SchemaWalk,
  base: NormalSchema,
  head: NormalSchema,
  path: string,
): void {
  const [baseUnion, headUnion] = [unionOf(base), unionOf(head)];
  if ((baseUnion === undefined) !== (headUnion === undefined)) {
    // One side became a union (or stopped being one): the lone schema is compared as one branch.
    compareBranches(walk, (baseUnion ?? headUnion) as 'oneOf' | 'anyOf', base, head, path);
    return;
  }
  if (!compareTypes(walk, base, head, path)) {
    // A new type with a list of values: the list is news too (oasdiff reports both).
    if (!base.enumValues && head.enumValues) compareEnums(walk, base, head, path);
    return;
  }
  compareNullable(walk, base, head, path);
  compareEnums(walk, base, head, path);
  compareBounds(walk, base, head, path);
  comparePattern(walk, base, head, path);
  if (walk.scope.xml) compareXml(walk, base, head, path);
  compareDefault(walk, base, head, path);
  compareAdditionalProperties(walk, base, head, path);
  compareProperties(walk, base, head, path);
  compareItems(walk, base, head, path);
  compareBranches(walk, 'oneOf', base, head, path);
  compareBranches(walk, 'anyOf', base, head, path);
}
