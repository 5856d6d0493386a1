import { jsonEqual } from './json-equal.ts';

/**
 * The indices of the first two equal items (JSON equality), or `undefined` when all differ.
 * Primitives are compared through a Map in one pass; objects and arrays pairwise.
 */
export function duplicateItems(items: readonly unknown[]): [number, number] | undefined {
  const seen = new Map<unknown, number>();
  const structured: number[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (typeof item === 'object' && item !== null) {
      for (const other of structured) {
        if (jsonEqual(item, items[other])) return [other, index];
      }
      structured.push(index);
    } else {
      // -0 and 0 are one key of a Map, as JSON equality wants.
      const earlier = seen.get(item);
      if (earlier !== undefined) return [earlier, index];
      seen.set(item, index);
    }
  }
  return undefined;
}
