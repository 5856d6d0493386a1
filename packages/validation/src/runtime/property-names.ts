import type { Check } from './check.ts';
import { addIssue, type Issue, type Path } from './issues.ts';

/**
 * Explains a property name that `propertyNames` rejects: the name's own issues, said to be about
 * the name (the issue's path is the property's).
 */
export function propertyNameIssue(issues: Issue[], path: Path, name: string, check: Check): false {
  const found: Issue[] = [];
  check(name, [], found);
  const reasons = found.map((issue) => issue.message).join('; ') || 'rejected by propertyNames';
  return addIssue(issues, path, `invalid property name ${JSON.stringify(name)}: ${reasons}`);
}
