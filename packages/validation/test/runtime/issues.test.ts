import { describe, expect, it } from 'vitest';
import { describeValue, expected, formatIssue, formatPath } from '../../src/runtime/issues.ts';

describe('formatPath', () => {
  it.each([
    [[], '(root)'],
    [['recipients', 2, 'number'], 'recipients[2].number'],
    [['data', 'state'], 'data.state'],
    [['fields', 'first name'], 'fields["first name"]'],
    [[0, 'x'], '[0].x'],
  ])('%j → %s', (given, want) => {
    expect(formatPath(given)).toBe(want);
  });
});

describe('describeValue', () => {
  it.each([
    ['abc', '"abc"'],
    [42, '42'],
    [1.5, '1.5'],
    [Number.NaN, 'NaN (not a JSON number)'],
    [true, 'true'],
    [null, 'null'],
    [undefined, 'undefined'],
    [[1], 'an array'],
    [{ a: 1 }, 'an object'],
    [10n, 'a BigInt (10n)'],
    [Symbol('x'), 'a symbol'],
    [() => 1, 'a function'],
  ])('%s → %s', (given, want) => {
    expect(describeValue(given)).toBe(want);
  });

  it('cuts long strings', () => {
    expect(describeValue('x'.repeat(100))).toBe(`"${'x'.repeat(60)}…"`);
  });

  it('never reads properties of what it describes', () => {
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('read');
        },
      },
    );
    expect(describeValue(trap)).toBe('an object');
  });
});

describe('messages', () => {
  it('say what was expected and what came', () => {
    expect(expected('a string', 42)).toBe('expected a string, got 42');
    expect(
      formatIssue({ message: 'expected a string, got 42', path: ['recipients', 2, 'number'] }),
    ).toBe('recipients[2].number: expected a string, got 42');
  });
});
