import { execFileSync } from 'node:child_process';

/** A git command failed: carries git's own message, which names the bad ref or path. */
export class GitError extends Error {}

/**
 * Runs `git <args>` in `cwd` and returns its stdout.
 * Throws `GitError` with git's stderr when git exits non-zero.
 */
export function git(args: readonly string[], cwd: string): string {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new GitError(stderr || (error as Error).message);
  }
}

/** The top folder of the work tree that holds `cwd`. */
export function repoTopLevel(cwd: string): string {
  return git(['rev-parse', '--show-toplevel'], cwd).trim();
}
