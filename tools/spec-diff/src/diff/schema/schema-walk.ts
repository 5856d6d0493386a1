import type { Located } from '../context.ts';
import type { SchemaScope } from './schema-scope.ts';

/** What each keyword comparer gets: the scope, a way to report, and a way to recurse. */
export interface SchemaWalk {
  readonly scope: SchemaScope;
  /** Reports rule `<subject>-<suffix>`, the subject depending on the root and on `path`. */
  report(suffix: string, path: string, message: string, pointer: string): void;
  /** Reports rule `id` as is (rules whose id does not follow the subject). */
  fixed(id: string, path: string, message: string, pointer: string): void;
  /** Compares two nested schemas at `path` (once per pair, bounded in depth). */
  compare(base: Located<unknown>, head: Located<unknown>, path: string): void;
}
