// Values no JSON parser produces: they must get an issue or a clean rejection, never a crash, a
// hang or a changed prototype.
import { afterEach, describe, expect, it } from 'vitest';
import { compileModule, documentWith } from './support/compile-module.ts';

const module = await compileModule(
  'hostile',
  documentWith({
    Message: {
      type: 'object',
      required: ['recipients'],
      properties: {
        recipients: { type: 'array', items: { type: 'string' } },
        options: { type: 'object', additionalProperties: { type: 'string' } },
        constructor: { type: 'string' },
        count: { type: 'integer' },
      },
      additionalProperties: false,
    },
    Tree: {
      type: 'object',
      properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Tree' } } },
    },
    Open: { type: 'object', properties: { any: { const: { deep: [1] } } } },
    RequiredToString: { type: 'object', required: ['toString'] },
  }),
);
const { Message, Tree, Open } = module.schemas as Record<
  'Message' | 'Tree' | 'Open',
  NonNullable<(typeof module.schemas)[string]>
>;

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('hostile input', () => {
  it('rejects a JSON "__proto__" key as an unexpected property and changes no prototype', () => {
    const value = JSON.parse('{"recipients": [], "__proto__": {"polluted": true}}');
    expect(Message['~standard'].validate(value)).toEqual({
      issues: [
        {
          message: 'unexpected property (the schema allows no other properties)',
          path: ['__proto__'],
        },
      ],
    });
  });

  it('reads "constructor" as an own property only', () => {
    expect(Message.is({ recipients: [] })).toBe(true);
    expect(Message['~standard'].validate({ recipients: [], constructor: 1 })).toEqual({
      issues: [{ message: 'expected a string, got 1', path: ['constructor'] }],
    });
  });

  it('does not find Object.prototype members for required names', () => {
    const required = module.schemas.RequiredToString;
    expect(required?.is({})).toBe(false);
    expect(required?.is(JSON.parse('{"toString": "x"}'))).toBe(true);
  });

  it('rejects functions, symbols and BigInts with an issue', () => {
    expect(Message['~standard'].validate(() => ({}))).toEqual({
      issues: [{ message: 'expected an object, got a function', path: [] }],
    });
    expect(Message['~standard'].validate({ recipients: [Symbol('x')] }).issues?.[0]?.message).toBe(
      'expected a string, got a symbol',
    );
    expect(Message['~standard'].validate({ recipients: [], count: 10n }).issues?.[0]?.message).toBe(
      'expected an integer, got a BigInt (10n)',
    );
  });

  it('rejects NaN and Infinity, which JSON cannot carry', () => {
    expect(Message.is({ recipients: [], count: Number.NaN })).toBe(false);
    expect(Message.is({ recipients: [], count: Number.POSITIVE_INFINITY })).toBe(false);
  });

  it('turns a getter that throws into one issue', () => {
    const value = {
      get recipients(): never {
        throw new Error('boom');
      },
    };
    expect(Message['~standard'].validate(value)).toEqual({
      issues: [{ message: 'could not read the value: reading it threw "boom"', path: [] }],
    });
    expect(Message.is(value)).toBe(false);
    expect(() => Message.assert(value)).toThrow('reading it threw "boom"');
  });

  it('turns a Proxy that throws on every trap into one issue', () => {
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    expect(Message['~standard'].validate(trap).issues).toHaveLength(1);
  });

  it('rejects a cycle through a recursive schema cleanly', () => {
    const node: { children: unknown[] } = { children: [] };
    node.children.push(node);
    expect(Tree['~standard'].validate(node)).toEqual({
      issues: [
        {
          message: 'could not read the value: it is nested too deeply or contains a cycle',
          path: [],
        },
      ],
    });
    expect(Tree.is(node)).toBe(false);
  });

  it('rejects nesting deeper than the stack cleanly', () => {
    let deep: { children: unknown[] } = { children: [] };
    for (let depth = 0; depth < 200_000; depth++) deep = { children: [deep] };
    expect(Tree.is(deep)).toBe(false);
    expect(Tree['~standard'].validate(deep).issues).toHaveLength(1);
  });

  it('does not walk deep values its schema does not look into', () => {
    let deep: unknown = 1;
    for (let depth = 0; depth < 200_000; depth++) deep = [deep];
    expect(Open.is({ other: deep })).toBe(true);
    expect(Open.is({ any: deep })).toBe(false);
  });

  it('compares a cyclic value with a constant without looping', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.deep = [cyclic];
    expect(Open.is({ any: cyclic })).toBe(false);
  });

  it('gives a sparse array of huge length one issue, not one per hole', () => {
    const sparse = new Array(2 ** 32 - 1);
    expect(Message['~standard'].validate({ recipients: sparse })).toEqual({
      issues: [{ message: 'expected a string, got undefined', path: ['recipients', 0] }],
    });
  });

  it('handles a huge array of wrong items with every issue', () => {
    const huge = new Array<number>(200_000).fill(1);
    const result = Message['~standard'].validate({ recipients: huge });
    expect(result.issues).toHaveLength(200_000);
    expect(result.issues?.[199_999]?.path).toEqual(['recipients', 199_999]);
  });

  it('does not let a value change its verdict by changing while it is read', () => {
    const { value, reads } = changingOnRead('recipients');
    // One pass reads the property once: the value judged is the one reported on.
    const result = Message['~standard'].validate(value);
    expect(result.issues).toEqual([
      { message: 'expected a string, got 1', path: ['recipients', 0] },
    ]);
    expect(reads()).toBe(1);
  });

  it('still rejects a value whose failing part changes before its issues are collected', () => {
    const { value } = changingOnRead('children');
    // The nested check fails fast, then reads the getter again to collect issues and finds none.
    const result = Tree['~standard'].validate({ children: [value] });
    expect(result.issues).toEqual([{ message: 'value changed while it was read', path: [] }]);
  });
});

/** An object whose property `key` is `[1]` when first read and `[]` after: it changes while read. */
function changingOnRead(key: string): { value: object; reads: () => number } {
  let reads = 0;
  const value = Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      reads++;
      return reads === 1 ? [1] : [];
    },
  });
  return { value, reads: () => reads };
}
