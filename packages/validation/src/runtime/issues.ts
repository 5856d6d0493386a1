/** One segment of an issue's path: a property name or an array index. */
export type PathSegment = string | number;

/** Where a value sits inside the validated payload, from its root. */
export type Path = readonly PathSegment[];

/** One reason a value was rejected (the shape Standard Schema v1 gives issues). */
export interface Issue {
  /** What was expected and what was found, e.g. `expected a string, got 42`. */
  readonly message: string;
  /** Where, from the root of the value: `['recipients', 2, 'number']`. */
  readonly path: Path;
}

/** The root of a payload. */
export const rootPath: Path = Object.freeze([]);

/** The path of `key` below `path`: where generated code records issues and what it passes down. */
export function pathTo(path: Path, key: PathSegment): Path {
  // A literal at the root: spreading even an empty array costs more than the rest of an issue.
  return path.length === 0 ? [key] : [...path, key];
}

/**
 * Records an issue and returns `false`, so generated code can write `ok = addIssue(...)`.
 */
export function addIssue(issues: Issue[], path: Path, message: string): false {
  issues.push({ message, path });
  return false;
}

/** Records an issue at `key` below `path` and returns `false`, like {@link addIssue}. */
export function addIssueAt(issues: Issue[], path: Path, key: PathSegment, message: string): false {
  issues.push({ message, path: pathTo(path, key) });
  return false;
}

/** `expected <what>, got <value>`; for a required property's undefined value: it is missing. */
export function expectedOrMissing(what: string, value: unknown): string {
  return value === undefined ? 'required property is missing' : expected(what, value);
}

/** `expected <what>, got <value>`: the message of most issues. */
export function expected(what: string, value: unknown): string {
  return `expected ${what}, got ${describeValue(value)}`;
}

const maxShownLength = 60;

/**
 * A short, safe rendering of any value for a message: JSON for primitives (long strings cut),
 * the kind of value otherwise. Never throws, never reads properties.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string': {
      const shown = value.length > maxShownLength ? `${value.slice(0, maxShownLength)}…` : value;
      return JSON.stringify(shown);
    }
    case 'number':
      return Number.isFinite(value) ? String(value) : `${String(value)} (not a JSON number)`;
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'undefined';
    case 'bigint':
      return `a BigInt (${value}n)`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      return Array.isArray(value) ? 'an array' : 'an object';
  }
}

const identifierPattern = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['recipients', 2, 'number']` → `recipients[2].number`; the root is `(root)`. */
export function formatPath(path: Path): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (identifierPattern.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text === '' ? '(root)' : text;
}

/** `recipients[2].number: expected a string, got 42`. */
export function formatIssue(issue: Issue): string {
  return `${formatPath(issue.path)}: ${issue.message}`;
}
