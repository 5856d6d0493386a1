// The source of a JSON type test, shared by the keyword compilers.
import type { JsonType } from './keywords.ts';

/** Source that tests whether the value in variable `v` has the JSON type. */
export const typeTests: Record<JsonType, (v: string) => string> = {
  null: (v) => `${v} === null`,
  boolean: (v) => `typeof ${v} === 'boolean'`,
  string: (v) => `typeof ${v} === 'string'`,
  number: (v) => `(typeof ${v} === 'number' && Number.isFinite(${v}))`,
  integer: (v) => `(typeof ${v} === 'number' && Number.isInteger(${v}))`,
  array: (v) => `Array.isArray(${v})`,
  object: (v) => `(typeof ${v} === 'object' && ${v} !== null && !Array.isArray(${v}))`,
};
