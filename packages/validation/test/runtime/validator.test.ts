import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/runtime/check.ts';
import { addIssue, expected } from '../../src/runtime/issues.ts';
import { ValidationError } from '../../src/runtime/validation-error.ts';
import { createValidator } from '../../src/runtime/validator.ts';

const isString: Check = (value, path, issues) => {
  if (typeof value === 'string') return true;
  if (issues === undefined) return false;
  return addIssue(issues, path, expected('a string', value));
};

describe('createValidator', () => {
  const validator = createValidator<string>(isString);

  it('is a Standard Schema v1 object', () => {
    expect(validator['~standard'].version).toBe(1);
    expect(validator['~standard'].vendor).toBe('sms-contracts');
    expect(validator['~standard'].validate('a')).toEqual({ value: 'a' });
    expect(validator['~standard'].validate(1)).toEqual({
      issues: [{ message: 'expected a string, got 1', path: [] }],
    });
  });

  it('guards types and asserts with every issue in the message', () => {
    expect(validator.is('a')).toBe(true);
    expect(validator.is(1)).toBe(false);
    expect(() => validator.assert('a')).not.toThrow();
    expect(() => validator.assert(1)).toThrow(ValidationError);
    expect(() => validator.assert(1)).toThrow('(root): expected a string, got 1');
  });

  it('keeps working when its methods are taken off the object', () => {
    const { assert, is } = validator;
    expect(is('a')).toBe(true);
    expect(() => assert(2)).toThrow(ValidationError);
  });

  it('turns a throwing check into one issue, not an exception', () => {
    const throwing = createValidator<unknown>(() => {
      throw new Error('getter exploded');
    });
    expect(throwing['~standard'].validate({})).toEqual({
      issues: [
        { message: 'could not read the value: reading it threw "getter exploded"', path: [] },
      ],
    });
    expect(throwing.is({})).toBe(false);
  });

  it('turns a stack overflow into one issue', () => {
    const overflowing = createValidator<unknown>(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(overflowing['~standard'].validate({})).toEqual({
      issues: [
        {
          message: 'could not read the value: it is nested too deeply or contains a cycle',
          path: [],
        },
      ],
    });
  });

  it('still reports an issue when the second pass finds none', () => {
    let calls = 0;
    const flaky = createValidator<unknown>(() => calls++ > 0);
    expect(flaky['~standard'].validate(1)).toEqual({
      issues: [{ message: 'value changed while it was read', path: [] }],
    });
  });
});

describe('ValidationError', () => {
  it('lists every issue with its path', () => {
    const error = new ValidationError([
      { message: 'expected a string, got 42', path: ['recipients', 2, 'number'] },
      { message: 'expected an integer, got 1.5', path: ['data', 'state'] },
    ]);
    expect(error.message).toBe(
      'invalid value (2 issues):\n  recipients[2].number: expected a string, got 42\n  data.state: expected an integer, got 1.5',
    );
    expect(error.issues).toHaveLength(2);
    expect(error.name).toBe('ValidationError');
  });
});
