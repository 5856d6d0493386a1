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

/** Renders an issue's path as text; the default is a JSON Pointer into the request part. */
export type PointerOf = (path: StandardIssue['path']) => string;

/** A JSON Pointer (RFC 6901) token: `~` and `/` escaped. */
export function pointerToken(key: PropertyKey): string {
  return String(key).replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * Renders a Standard Schema issue path as a JSON Pointer rooted at the part of the request it is
 * in: `/body/recipients/2/number`, `/query/limit`, `/path/id`. `root` is that part, with or
 * without its leading slash.
 */
export function jsonPointer(path: StandardIssue['path'], root = '/body'): string {
  let out = root.startsWith('/') ? root : `/${root}`;
  for (const segment of path ?? []) {
    out += `/${pointerToken(typeof segment === 'object' ? segment.key : segment)}`;
  }
  return out;
}

/** Formats issues as one line: where (JSON Pointer, or `where`'s rendering), and what was expected. */
export function describeIssues(
  issues: readonly StandardIssue[],
  where: string | PointerOf = '/body',
): string {
  const pointerOf: PointerOf =
    typeof where === 'string' ? (path) => jsonPointer(path, where) : where;
  const shown = issues.slice(0, 3).map((issue) => `${pointerOf(issue.path)}: ${issue.message}`);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return shown.join('; ') + more;
}

/** Runs a validator and folds its answer into `Checked`, awaiting only when it is async. */
export function check<T>(
  validator: StandardValidator,
  value: unknown,
  where: string | PointerOf = '/body',
): Checked<T> | Promise<Checked<T>> {
  const result = validator['~standard'].validate(value);
  return result instanceof Promise ? result.then((r) => fold<T>(r, where)) : fold<T>(result, where);
}

function fold<T>(result: StandardResult, where: string | PointerOf): Checked<T> {
  if (result.issues) return { ok: false, message: describeIssues(result.issues, where) };
  return { ok: true, value: result.value as T };
}
