import type { Located } from '../context.ts';
import { isObject } from '../pointer.ts';
import { consequence } from './describe.ts';
import type { NormalSchema } from './normalize.ts';
import type { SchemaWalk } from './schema-walk.ts';

type UnionKeyword = 'oneOf' | 'anyOf';

/** Which union keyword a schema uses, if any (`allOf` is merged away by the normalizer). */
export function unionOf(schema: NormalSchema): UnionKeyword | undefined {
  return schema.oneOf ? 'oneOf' : schema.anyOf ? 'anyOf' : undefined;
}

/**
 * Compares the branches of `oneOf` or `anyOf`: removed and added ones are reported, matched ones
 * compared. Branches are matched by the component they name, then by equal content, then in
 * order (or, when only one side is a union, the lone schema pairs with the first branch of a
 * shared type).
 */
export function compareBranches(
  walk: SchemaWalk,
  keyword: UnionKeyword,
  base: NormalSchema,
  head: NormalSchema,
  path: string,
): void {
  const { direction, normalizers } = walk.scope;
  const from = base[keyword];
  const to = head[keyword];
  if (!from && !to) return;
  const baseBranches = from ?? [{ node: base.key, pointer: base.pointer }];
  const headBranches = to ?? [{ node: head.key, pointer: head.pointer }];
  const unmatchedHead = [...headBranches.keys()];
  const pairs: [number, number][] = [];
  const unmatchedBase: number[] = [];
  baseBranches.forEach((branch, index) => {
    const key = branchKey(branch);
    const match = unmatchedHead.findIndex(
      (headIndex) => branchKey(headBranches[headIndex] as Located<unknown>) === key,
    );
    if (match >= 0) pairs.push([index, unmatchedHead.splice(match, 1)[0] as number]);
    else unmatchedBase.push(index);
  });
  if (from && to) {
    while (unmatchedBase.length > 0 && unmatchedBase.length === unmatchedHead.length) {
      pairs.push([unmatchedBase.shift() as number, unmatchedHead.shift() as number]);
    }
  } else if (unmatchedBase.length > 0 && unmatchedHead.length > 0) {
    const lone = from ? head : base;
    const others = from ? unmatchedBase : unmatchedHead;
    const branches = from ? baseBranches : headBranches;
    const normalizer = from ? normalizers.base : normalizers.head;
    const shares = (index: number) => {
      const types = normalizer.normalize(branches[index] as Located<unknown>).types;
      return !types || !lone.types || [...types].some((type) => lone.types?.has(type));
    };
    const found = others.findIndex(shares);
    if (found >= 0) {
      const other = others.splice(found, 1)[0] as number;
      const loneIndex = (from ? unmatchedHead : unmatchedBase).shift() as number;
      pairs.push(from ? [other, loneIndex] : [loneIndex, other]);
    }
  }
  const name = keyword === 'oneOf' ? 'one-of' : 'any-of';
  for (const index of unmatchedBase) {
    const branch = baseBranches[index] as Located<unknown>;
    walk.report(
      `${name}-removed`,
      path,
      `${keyword} branch ${branchLabel(branch, index)} removed: ${consequence(direction, 'narrows')}.`,
      head.pointer,
    );
  }
  for (const index of unmatchedHead) {
    const branch = headBranches[index] as Located<unknown>;
    walk.report(
      `${name}-added`,
      path,
      `${keyword} branch ${branchLabel(branch, index)} added: ${consequence(direction, 'widens')}.`,
      branch.pointer,
    );
  }
  for (const [baseIndex, headIndex] of pairs)
    walk.compare(
      baseBranches[baseIndex] as Located<unknown>,
      headBranches[headIndex] as Located<unknown>,
      path,
    );
}

function branchKey(branch: Located<unknown>): string {
  return isObject(branch.node) && typeof branch.node.$ref === 'string'
    ? `ref:${branch.node.$ref}`
    : `json:${JSON.stringify(branch.node)}`;
}

function branchLabel(branch: Located<unknown>, index: number): string {
  return isObject(branch.node) && typeof branch.node.$ref === 'string'
    ? String(branch.node.$ref.split('/').pop())
    : `#${index + 1}`;
}
