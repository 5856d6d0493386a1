import { execFileSync } from 'node:child_process';
import { childEnv } from './child-env.ts';
import { runCommand } from './run-command.ts';

/** The repository this package lives in. */
export const repositoryRoot =
  process.env.DEV_REPO ?? new URL('../../../', import.meta.url).pathname; // DEV-ONLY

/** Who commits and tags in a clone: changeset tag writes annotated tags, which need a committer. */
export const gitIdentity = {
  GIT_AUTHOR_NAME: 'release-check',
  GIT_AUTHOR_EMAIL: 'release-check@example.invalid',
  GIT_COMMITTER_NAME: 'release-check',
  GIT_COMMITTER_EMAIL: 'release-check@example.invalid',
} as const;

export interface Clone {
  readonly dir: string;
  /** The commit cloned: the repository's HEAD (committed work only). */
  readonly commit: string;
}

/**
 * Clones the repository's HEAD into `dir` with `git clone`, as CI or a teammate would get it:
 * only what is committed; uncommitted work in the working tree is not part of it.
 */
export async function cloneHead(dir: string): Promise<Clone> {
  await runCommand('git', ['clone', '--quiet', repositoryRoot, dir], {
    cwd: repositoryRoot,
    env: childEnv(),
    timeoutMs: 120_000,
  });
  return { dir, commit: git(dir, ['rev-parse', 'HEAD']) };
}

/**
 * `pnpm install` in a clone from the pnpm store this workspace was installed from, offline
 * (every package is already in that store), with CI's frozen lockfile.
 */
export async function installOffline(clone: Clone): Promise<void> {
  await runCommand(
    'pnpm',
    ['install', '--offline', '--frozen-lockfile', '--store-dir', pnpmStore()],
    {
      cwd: clone.dir,
      env: childEnv({ CI: 'true' }),
      timeoutMs: 180_000,
    },
  );
}

let store: string | undefined;

/** The pnpm store of this workspace's install (`pnpm store path` at the repository root). */
export function pnpmStore(): string {
  store ??= execFileSync('pnpm', ['store', 'path'], {
    cwd: repositoryRoot,
    env: childEnv(),
    encoding: 'utf8',
    timeout: 30_000,
  }).trim();
  return store;
}

/** Runs git in `dir` and returns its trimmed output. */
export function git(dir: string, args: readonly string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    env: childEnv(gitIdentity),
    encoding: 'utf8',
    timeout: 30_000,
  }).trim();
}
