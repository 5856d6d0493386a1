import { formatIssue, type Issue } from './issues.ts';

/** Thrown by `assert`: every issue found, one per line in `message`. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const count = issues.length === 1 ? '1 issue' : `${issues.length} issues`;
    super(
      `invalid value (${count}):\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`,
    );
    this.issues = issues;
  }
}
