import { describe, expect, it } from 'vitest';
import { isMultipleOf } from '../../src/runtime/multiple-of.ts';

describe('isMultipleOf', () => {
  it.each([
    [10, 2, true],
    [7, 2, false],
    [-4, 2, true],
    [0.0075, 0.0001, true],
    [0.00751, 0.0001, false],
    [19.99, 0.01, true],
    [4.5, 1.5, true],
    [35, 1.5, false],
    // Decimal arithmetic, however large the quotient.
    [1e308, 0.5, true],
    [1e308, 0.123456789, false],
    [2114629555866311, 0.123456789, false],
    [12391239123, 1e-8, true],
    [-1.5e-7, 5e-8, true],
    [1.5e-7, 4e-8, false],
    // Two integers: exact, however large.
    [1e308, 3, false],
  ])('%d multipleOf %d is %s', (value, divisor, want) => {
    expect(isMultipleOf(value, divisor)).toBe(want);
  });
});
