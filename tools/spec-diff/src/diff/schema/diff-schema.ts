// Compares two schemas recursively. Direction matters: in a request, narrowing what the API
// accepts breaks callers; in a response, widening what it returns breaks readers.
// Each keyword has its own `compare-*.ts`; `compare-keywords.ts` runs them in report order.
import type { Located } from '../context.ts';
import { SchemaComparison } from './schema-comparison.ts';
import type { SchemaScope } from './schema-scope.ts';

export { CleanPairs } from './clean-pairs.ts';
export type { SchemaScope } from './schema-scope.ts';

/** Compares two schemas of one body, parameter or header, reporting into `scope.ctx`. */
export function diffSchema(
  scope: SchemaScope,
  base: Located<unknown>,
  head: Located<unknown>,
): void {
  new SchemaComparison(scope).compare(base, head, '');
}
