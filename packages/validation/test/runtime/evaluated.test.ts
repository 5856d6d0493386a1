import { describe, expect, it } from 'vitest';
import { enterScope } from '../../src/runtime/dynamic-scope.ts';
import {
  evaluated,
  evaluateIndex,
  evaluateItems,
  evaluateProperty,
  isEvaluatedItem,
  isEvaluatedProperty,
  mergeEvaluated,
} from '../../src/runtime/evaluated.ts';

describe('evaluated properties and items', () => {
  it('records names, a prefix of items and single indices', () => {
    const record = evaluated();
    evaluateProperty(record, 'a');
    evaluateItems(record, 2);
    evaluateItems(record, 1);
    evaluateIndex(record, 5);
    expect(isEvaluatedProperty(record, 'a')).toBe(true);
    expect(isEvaluatedProperty(record, 'b')).toBe(false);
    expect([0, 1, 2, 5].map((index) => isEvaluatedItem(record, index))).toEqual([
      true,
      true,
      false,
      true,
    ]);
  });

  it('merges what a passing subschema evaluated, "all" included', () => {
    const target = evaluated();
    const source = evaluated();
    evaluateProperty(source, 'x');
    source.items = true;
    mergeEvaluated(target, source);
    expect(isEvaluatedProperty(target, 'x')).toBe(true);
    expect(isEvaluatedItem(target, 99)).toBe(true);
    target.properties = true;
    evaluateProperty(target, 'y');
    expect(isEvaluatedProperty(target, 'anything')).toBe(true);
  });
});

describe('enterScope', () => {
  const first = () => true;
  const second = () => false;

  it('keeps the outermost definition of a name and copies only when adding', () => {
    const outer = enterScope(undefined, { item: [first] });
    expect(enterScope(outer, { item: [second] })).toBe(outer);
    const wider = enterScope(outer, { node: [second] });
    expect(wider).toEqual({ item: [first], node: [second] });
    expect(outer).toEqual({ item: [first] });
  });
});
