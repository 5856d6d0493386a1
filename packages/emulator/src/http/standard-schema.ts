/**
 * The slice of Standard Schema v1 the emulator relies on; the validation package's validators
 * implement it. Kept structural so the emulator depends on the contract, not on a class.
 */
export interface StandardValidator {
  readonly '~standard': {
    validate(value: unknown): StandardResult | Promise<StandardResult>;
  };
}

export type StandardResult =
  | { readonly value: unknown; readonly issues?: undefined }
  | { readonly issues: readonly StandardIssue[] };

export interface StandardIssue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
}

/** The per-operation validators of one API, as the validation package generates them. */
export interface OperationValidators {
  readonly parameters?: {
    readonly path?: StandardValidator;
    readonly query?: StandardValidator;
    readonly header?: StandardValidator;
  };
  readonly requestBody?: Readonly<Record<string, StandardValidator>>;
  readonly responses: Readonly<Record<string, Readonly<Record<string, StandardValidator>>>>;
}

export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string };

/** Renders a Standard Schema issue path as a JSON path: `$.recipients[2].number`. */
export function jsonPath(path: StandardIssue['path'], root = '$'): string {
  let out = root;
  for (const segment of path ?? []) {
    const key = typeof segment === 'object' ? segment.key : segment;
    out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return out;
}

/** Formats issues as one line: what was expected, and where (JSON path). */
export function describeIssues(issues: readonly StandardIssue[], root = '$'): string {
  const shown = issues
    .slice(0, 3)
    .map((issue) => `${jsonPath(issue.path, root)}: ${issue.message}`);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return shown.join('; ') + more;
}

/** Runs a validator and folds its answer into `Checked`, awaiting only when it is async. */
export function check<T>(
  validator: StandardValidator,
  value: unknown,
  root = '$',
): Checked<T> | Promise<Checked<T>> {
  const result = validator['~standard'].validate(value);
  return result instanceof Promise ? result.then((r) => fold<T>(r, root)) : fold<T>(result, root);
}

function fold<T>(result: StandardResult, root: string): Checked<T> {
  if (result.issues) return { ok: false, message: describeIssues(result.issues, root) };
  return { ok: true, value: result.value as T };
}

/** Escapes one JSON Pointer segment (RFC 6901). */
export function pointerSegment(segment: PropertyKey): string {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Renders a Standard Schema issue path as a JSON Pointer under `root`: `/body/recipients/1`. */
export function jsonPointer(path: StandardIssue['path'], root: string): string {
  let out = root;
  for (const segment of path ?? []) {
    out += `/${pointerSegment(typeof segment === 'object' ? segment.key : segment)}`;
  }
  return out;
}
