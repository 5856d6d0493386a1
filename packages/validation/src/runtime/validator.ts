import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { Check } from './check.ts';
import { type Issue, rootPath } from './issues.ts';
import { ValidationError } from './validation-error.ts';

/**
 * A compiled validator: a Standard Schema v1 object (`~standard.validate` answers synchronously)
 * with a type guard and an assertion.
 */
export interface Validator<T> extends StandardSchemaV1<unknown, T> {
  readonly '~standard': StandardSchemaV1.Props<unknown, T> & {
    validate(value: unknown): StandardSchemaV1.Result<T>;
  };
  /** Whether `value` is valid; never throws. */
  is(value: unknown): value is T;
  /** Returns if `value` is valid, else throws a {@link ValidationError} listing every issue. */
  assert(value: unknown): asserts value is T;
}

/** Wraps a generated check as a {@link Validator}. */
export function createValidator<T>(check: Check): Validator<T> {
  const validate = (value: unknown): StandardSchemaV1.Result<T> => {
    const issues = collectIssues(check, value);
    return issues === undefined ? { value: value as T } : { issues };
  };
  return {
    '~standard': { version: 1, vendor: 'sms-contracts', validate },
    is: (value: unknown): value is T => {
      try {
        return check(value, rootPath, undefined);
      } catch {
        return false;
      }
    },
    assert(value: unknown): asserts value is T {
      const issues = collectIssues(check, value);
      if (issues !== undefined) throw new ValidationError(issues);
    },
  };
}

/**
 * `undefined` when `value` is valid, else every issue. The fast pass runs first; the collecting
 * pass only for invalid values. A value that cannot be read (a getter that throws, a cycle or
 * nesting deeper than the stack) is rejected with one issue at the root instead of a crash.
 */
function collectIssues(check: Check, value: unknown): Issue[] | undefined {
  try {
    if (check(value, rootPath, undefined)) return undefined;
    const issues: Issue[] = [];
    check(value, rootPath, issues);
    // A value that changed between the passes (a getter) still gets an answer.
    if (issues.length === 0) issues.push({ message: 'value changed while it was read', path: [] });
    return issues;
  } catch (error) {
    return [{ message: unreadableMessage(error), path: [] }];
  }
}

function unreadableMessage(error: unknown): string {
  if (error instanceof RangeError) {
    return 'could not read the value: it is nested too deeply or contains a cycle';
  }
  const reason = error instanceof Error ? error.message : 'an exception';
  return `could not read the value: reading it threw ${JSON.stringify(reason)}`;
}
