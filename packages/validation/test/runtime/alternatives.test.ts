import { describe, expect, it } from 'vitest';
import {
  type Alternative,
  noAlternativeMatched,
  severalAlternativesMatched,
} from '../../src/runtime/alternatives.ts';
import type { Check } from '../../src/runtime/check.ts';
import { addIssue, expected, type Issue } from '../../src/runtime/issues.ts';

const typed =
  (type: string, extra: (value: unknown) => boolean = () => true): Check =>
  (value, path, issues) => {
    if (typeof value === type && extra(value)) return true;
    if (issues === undefined) return false;
    return addIssue(issues, path, expected(`a ${type}${type === 'number' ? ' > 10' : ''}`, value));
  };

const alternatives: Alternative[] = [
  { check: typed('string'), types: ['string'], label: 'RecipientNumber' },
  {
    check: typed('number', (value) => (value as number) > 10),
    types: ['number'],
    label: 'a big number',
  },
];

describe('noAlternativeMatched', () => {
  it('explains with the only alternative that takes the value’s type', () => {
    const issues: Issue[] = [];
    expect(noAlternativeMatched(issues, ['n'], 3, alternatives)).toBe(false);
    expect(issues).toEqual([{ message: 'expected a number > 10, got 3', path: ['n'] }]);
  });

  it('lists the alternatives when none takes the value’s type', () => {
    const issues: Issue[] = [];
    noAlternativeMatched(issues, [], true, alternatives);
    expect(issues).toEqual([
      { message: 'expected one of: RecipientNumber, a big number; got true', path: [] },
    ]);
  });

  it('lists the alternatives for values that are no JSON', () => {
    const issues: Issue[] = [];
    noAlternativeMatched(issues, [], 10n, alternatives);
    expect(issues[0]?.message).toBe(
      'expected one of: RecipientNumber, a big number; got a BigInt (10n)',
    );
  });
});

describe('severalAlternativesMatched', () => {
  it('names the alternatives that matched', () => {
    const issues: Issue[] = [];
    const both: Alternative[] = [
      { check: typed('number'), types: ['integer'], label: 'an integer' },
      { check: typed('number'), types: ['number'], label: 'a number' },
    ];
    severalAlternativesMatched(issues, ['x'], 12, both);
    expect(issues).toEqual([
      {
        message:
          'expected exactly one of the alternatives to match, but 2 did: an integer, a number',
        path: ['x'],
      },
    ]);
  });
});
