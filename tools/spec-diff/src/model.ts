/** How bad a change is for the clients of the API, in oasdiff's three levels. */
export type Level = 'ERR' | 'WARN' | 'INFO';

/** Levels from worst to mildest: the order reports list them in. */
export const levels: readonly Level[] = ['ERR', 'WARN', 'INFO'];

/** One change between two versions of a spec, reported where a user would look for it. */
export interface Change {
  /** Rule id: oasdiff's where oasdiff detects the change, e.g. `new-required-request-property`. */
  readonly id: string;
  readonly level: Level;
  /** `oasdiff` when the id is oasdiff's (same meaning, oasdiff's level unless a policy changed it). */
  readonly source: 'oasdiff' | 'sms-contracts';
  /** When a policy changed the level: the default level, and the policy's reason. */
  readonly defaultLevel?: Level;
  readonly policy?: string;
  /** Where: `POST /messages request body application/json: recipients[].number`. */
  readonly location: string;
  /** One sentence: what changed and what it breaks for whom. */
  readonly message: string;
  /** The operation the change belongs to (`POST /messages`), when it belongs to one. */
  readonly operation?: string;
  /** JSON pointer into the head spec (or the base spec for things that are gone). */
  readonly pointer?: string;
  /** File and 1-based line of `pointer`, when the loader could map it. */
  readonly file?: string;
  readonly line?: number;
}

/** Count of changes per level. */
export type LevelCounts = Record<Level, number>;

/** The result of comparing two specs. */
export interface DiffReport {
  /** How the base spec was named on the command line (file or `ref:path`). */
  readonly base: string;
  readonly head: string;
  /** Sorted: worst level first, then by location, then by id. */
  readonly changes: readonly Change[];
}

/** `true` when `level` is at least as bad as `threshold`. */
export function isAtLeast(level: Level, threshold: Level): boolean {
  return levels.indexOf(level) <= levels.indexOf(threshold);
}

export function countLevels(changes: readonly Change[]): LevelCounts {
  const counts: LevelCounts = { ERR: 0, WARN: 0, INFO: 0 };
  for (const change of changes) counts[change.level] += 1;
  return counts;
}

/** The stable order every report uses. */
export function compareChanges(a: Change, b: Change): number {
  return (
    levels.indexOf(a.level) - levels.indexOf(b.level) ||
    a.location.localeCompare(b.location) ||
    a.id.localeCompare(b.id) ||
    a.message.localeCompare(b.message)
  );
}
