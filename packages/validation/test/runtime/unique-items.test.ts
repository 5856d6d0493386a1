import { describe, expect, it } from 'vitest';
import { duplicateItems } from '../../src/runtime/unique-items.ts';

describe('duplicateItems', () => {
  it.each([
    [[1, 2, 3], undefined],
    [
      [1, 2, 1],
      [0, 2],
    ],
    [
      [0, -0],
      [0, 1],
    ],
    [
      [1, 1.0],
      [0, 1],
    ],
    [[1, '1', true, null], undefined],
    [
      [
        { a: 1, b: 2 },
        { b: 2, a: 1 },
      ],
      [0, 1],
    ],
    [[[1], [1, 2]], undefined],
    [[{}, []], undefined],
  ])('%j: %j', (items, want) => {
    expect(duplicateItems(items)).toEqual(want);
  });
});
