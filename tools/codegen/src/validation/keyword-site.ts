// Where a keyword compiler (`*-checks.ts`) works: one context object, the same for every member
// of the family, instead of the same positional parameters repeated in each.
import type { CheckWriter } from './check-writer.ts';
import type { SchemaReader } from './schema-reader.ts';

export interface KeywordSite {
  /** The check function being written. */
  readonly body: CheckWriter;
  /** The schema whose keywords are compiled. */
  readonly reader: SchemaReader;
  /** The variable holding the value being checked. */
  readonly v: string;
  /** The path from the function's value to `v`, as source segments. */
  readonly segments: readonly string[];
}
