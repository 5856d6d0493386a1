import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { Check } from './check.ts';
import { type Issue, rootPath } from './issues.ts';
import { ValidationError } from './validation-error.ts';

/** What `~standard.validate` returns: the value, or every issue (never a Promise). */
export type ValidationResult<T> =
  | { readonly value: T; readonly issues?: undefined }
  | { readonly issues: readonly Issue[] };

/**
 * A compiled validator: a Standard Schema v1 object (`~standard.validate` answers synchronously)
 * with a type guard and an assertion.
 */
export interface Validator<T> extends StandardSchemaV1<unknown, T> {
  // `validate` narrowed to the synchronous result (Standard Schema also allows a Promise).
  readonly '~standard': Omit<StandardSchemaV1.Props<unknown, T>, 'validate'> & {
    validate(value: unknown): ValidationResult<T>;
  };
  /** Whether `value` is valid; never throws. */
  is(value: unknown): value is T;
  /** Returns if `value` is valid, else throws a {@link ValidationError} listing every issue. */
  assert(value: unknown): asserts value is T;
}

/** Wraps a generated check as a {@link Validator}. */
export function createValidator<T>(check: Check): Validator<T> {
  const validate = (value: unknown): ValidationResult<T> => {
    // One pass: generated checks run their parts fast and collect issues only where one fails.
    const issues: Issue[] = [];
    try {
      if (check(value, rootPath, issues)) return { value: value as T };
    } catch (error) {
      return { issues: [unreadable(error)] };
    }
    // A value that changed while it was read (a getter) still gets an answer.
    if (issues.length === 0) issues.push({ message: 'value changed while it was read', path: [] });
    return { issues };
  };
  return {
    '~standard': { version: 1, vendor: 'sms-contracts', validate },
    is(value: unknown): value is T {
      try {
        return check(value, rootPath, undefined);
      } catch {
        return false;
      }
    },
    assert(value: unknown): asserts value is T {
      const result = validate(value);
      if (result.issues !== undefined) throw new ValidationError(result.issues);
    },
  };
}

function unreadable(error: unknown): Issue {
  if (error instanceof RangeError) {
    return {
      message: 'could not read the value: it is nested too deeply or contains a cycle',
      path: [],
    };
  }
  const reason = error instanceof Error ? error.message : 'an exception';
  return {
    message: `could not read the value: reading it threw ${JSON.stringify(reason)}`,
    path: [],
  };
}
