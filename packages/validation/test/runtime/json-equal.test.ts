import { describe, expect, it } from 'vitest';
import { jsonEqual } from '../../src/runtime/json-equal.ts';

describe('jsonEqual', () => {
  it.each([
    [1, 1, true],
    [1, 1.0, true],
    [0, -0, true],
    ['1', 1, false],
    [null, null, true],
    [null, {}, false],
    [[], {}, false],
    [{}, [], false],
    [[1, 2], [1, 2], true],
    [[1, 2], [2, 1], false],
    [[1], [1, 1], false],
    [{ a: 1, b: [true] }, { b: [true], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [{ a: 1, b: 2 }, { a: 1 }, false],
    [{ a: undefined }, { b: undefined }, false],
  ])('%j vs %j → %s', (actual, constant, want) => {
    expect(jsonEqual(actual, constant)).toBe(want);
  });

  it('stops on a cyclic value where the constant ends', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(jsonEqual(cyclic, { a: 1, self: { a: 1 } })).toBe(false);
  });

  it('does not take inherited properties for own ones', () => {
    expect(jsonEqual(Object.create({ a: 1 }), { a: 1 })).toBe(false);
  });
});
