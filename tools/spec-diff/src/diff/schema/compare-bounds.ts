import { consequence, describeBound } from './describe.ts';
import type { Bound, NormalSchema, SizeKeyword } from './normalize.ts';
import type { SchemaWalk } from './schema-walk.ts';

// Rule-id stem of each bound, and the keyword a message names it by.
const sizeNames: Record<SizeKeyword, string> = {
  maxLength: 'max-length',
  minLength: 'min-length',
  maxItems: 'max-items',
  minItems: 'min-items',
};
const keywords: Record<string, string> = {
  max: 'maximum',
  min: 'minimum',
  'max-length': 'maxLength',
  'min-length': 'minLength',
  'max-items': 'maxItems',
  'min-items': 'minItems',
};

/** Compares the numeric bounds (`maximum`, `minimum`) and the length and item-count bounds. */
export function compareBounds(
  walk: SchemaWalk,
  base: NormalSchema,
  head: NormalSchema,
  path: string,
): void {
  compareBound(walk, 'max', base.maximum, head.maximum, path, head.pointer);
  compareBound(walk, 'min', base.minimum, head.minimum, path, head.pointer);
  for (const keyword of Object.keys(sizeNames) as SizeKeyword[]) {
    compareBound(
      walk,
      sizeNames[keyword],
      base.sizes[keyword],
      head.sizes[keyword],
      path,
      head.pointer,
    );
  }
}

function compareBound(
  walk: SchemaWalk,
  name: string,
  from: Bound | number | undefined,
  to: Bound | number | undefined,
  path: string,
  pointer: string,
): void {
  if (from === undefined && to === undefined) return;
  const value = (bound: Bound | number) =>
    typeof bound === 'number' ? { value: bound, exclusive: false } : bound;
  const isMax = name.startsWith('max');
  const keyword = keywords[name] ?? name;
  let suffix: string;
  let effect: 'narrows' | 'widens';
  if (from === undefined) [suffix, effect] = [`${name}-set`, 'narrows'];
  else if (to === undefined) [suffix, effect] = [`${name}-unset`, 'widens'];
  else {
    const [a, b] = [value(from), value(to)];
    if (a.value === b.value && a.exclusive === b.exclusive) return;
    const stricter = isMax
      ? b.value < a.value || (b.value === a.value && b.exclusive)
      : b.value > a.value || (b.value === a.value && b.exclusive);
    effect = stricter ? 'narrows' : 'widens';
    suffix = `${name}-${stricter === isMax ? 'decreased' : 'increased'}`;
  }
  const message = `${keyword} changed from ${describeBound(from)} to ${describeBound(to)}: ${consequence(walk.scope.direction, effect)}.`;
  walk.report(suffix, path, message, pointer);
}
