import type { StandardIssue } from '../http/standard-schema.ts';
import { jsonPointer } from '../http/standard-schema.ts';

/** One thing wrong with a request: where (a JSON Pointer such as `/body/to`) and what. */
export interface Violation {
  readonly pointer: string;
  readonly message: string;
}

const titles: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
};

/**
 * The emulator's own errors on spec-driven APIs: RFC 9457 problem details, with every violation
 * named by its JSON Pointer, so the caller sees what was expected and where.
 */
export function problem(
  status: number,
  detail: string,
  options: { violations?: readonly Violation[]; headers?: Record<string, string> } = {},
): Response {
  const body = {
    type: 'about:blank',
    title: titles[status] ?? 'Error',
    status,
    detail,
    ...(options.violations ? { errors: options.violations } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', ...options.headers },
  });
}

/** Validation issues as violations under `root` (`/body`, `/query`, …). */
export function violationsOf(issues: readonly StandardIssue[], root: string): Violation[] {
  return issues.map((issue) => ({
    pointer: jsonPointer(issue.path, root),
    message: issue.message,
  }));
}

/** `/body/to: expected a string; /query/limit: …` for the `detail` line. */
export function describeViolations(violations: readonly Violation[]): string {
  const shown = violations.slice(0, 3).map((v) => `${v.pointer}: ${v.message}`);
  const more = violations.length > 3 ? ` (and ${violations.length - 3} more)` : '';
  return shown.join('; ') + more;
}
