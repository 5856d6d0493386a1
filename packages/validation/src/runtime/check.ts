import type { Issue, Path } from './issues.ts';

/**
 * A compiled check, as generated code writes it. With `issues` undefined it answers as fast as it
 * can and stops at the first problem; with an array it records every problem, at `path` and below.
 */
export type Check = (value: unknown, path: Path, issues: Issue[] | undefined) => boolean;

/** A plain object as generated code reads it, after it has checked the value is one. */
export type JsonObject = Record<string, unknown>;

/** The check of a schema that accepts every value (a media type without a schema). */
export const acceptAnything: Check = () => true;
