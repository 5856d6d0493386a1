import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

/** Bad input from the user: a missing file, a bad git ref, not an OpenAPI document. Exit code 2. */
export class SpecInputError extends Error {}

/** Where a spec comes from: a file on disk, or a file as of a git ref. */
export type SpecInput =
  | { readonly kind: 'file'; readonly label: string; readonly path: string }
  | { readonly kind: 'git'; readonly label: string; readonly ref: string; readonly path: string };

/**
 * Reads a command-line spec argument: an existing file, or `<git-ref>:<path>` (as `git show` takes
 * it). A file that exists wins, so a path with a colon in it still works. `path` of a git input is
 * as given: relative to `cwd`, like `git show ref:./path`.
 */
export function parseSpecInput(argument: string, cwd: string): SpecInput {
  const asFile = resolve(cwd, argument);
  if (existsSync(asFile)) return { kind: 'file', label: argument, path: asFile };
  const colon = argument.indexOf(':');
  // "C:\..." is a Windows drive, not a ref.
  if (colon > 0 && !/^[a-zA-Z]:[\\/]/.test(argument)) {
    const ref = argument.slice(0, colon);
    const path = argument.slice(colon + 1);
    if (path === '')
      throw new SpecInputError(`${argument}: expected <git-ref>:<path>, the path is empty`);
    return {
      kind: 'git',
      label: argument,
      ref,
      path: isAbsolute(path) ? relative(cwd, path) : path,
    };
  }
  throw new SpecInputError(`${argument}: no such file (and not a <git-ref>:<path>)`);
}
