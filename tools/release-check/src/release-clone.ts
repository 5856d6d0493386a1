import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv } from './child-env.ts';
import { type Clone, git, gitIdentity } from './clean-clone.ts';
import { runCommand } from './run-command.ts';

export interface PublishedPackage {
  readonly name: string;
  readonly version: string;
  readonly dir: string;
}

export interface Release {
  /** The public packages of the clone after `pnpm version-packages`. */
  readonly packages: readonly PublishedPackage[];
  /** The commit holding the version bump (what `pnpm release` ran on). */
  readonly versionCommit: string;
  /** Git tags pointing at that commit after `pnpm release`. */
  readonly tags: readonly string[];
  /** `git status --porcelain` after the release: what the release left changed. */
  readonly leftChanged: string;
  /** Output of `pnpm release`. */
  readonly output: string;
}

/**
 * Releases a clone the way the README says: a changeset, `pnpm version-packages`, the version
 * commit, then `pnpm release` with the registry and its token in the workspace `.npmrc` (pnpm
 * does not pass `pnpm_config_*` variables on to the `pnpm publish` that `pnpm release` runs).
 */
export async function releaseClone(
  clone: Clone,
  registry: { url: string; npmrc: string },
): Promise<Release> {
  const env = childEnv({ ...gitIdentity, CI: 'true' });
  writeFileSync(
    join(clone.dir, '.changeset', 'release-check.md'),
    [
      '---',
      "'@sms-contracts/client': patch",
      '---',
      '',
      'The release check publishes this version to a throwaway registry only.',
      '',
    ].join('\n'),
  );
  await runCommand('pnpm', ['version-packages'], { cwd: clone.dir, env, timeoutMs: 240_000 });
  git(clone.dir, ['add', '--all']);
  git(clone.dir, ['commit', '--quiet', '--message', 'Version packages']);
  const versionCommit = git(clone.dir, ['rev-parse', 'HEAD']);

  // The registry and its token, as a CI job writes them; never committed (excluded locally).
  writeFileSync(join(clone.dir, '.npmrc'), registry.npmrc);
  appendFileSync(join(clone.dir, '.git', 'info', 'exclude'), '\n/.npmrc\n');
  const configured = (
    await runCommand('pnpm', ['config', 'get', 'registry'], {
      cwd: clone.dir,
      env,
      timeoutMs: 30_000,
    })
  ).stdout.trim();
  if (configured !== registry.url) {
    throw new Error(
      `refusing to release: pnpm's registry in ${clone.dir} is ${configured}, expected ${registry.url}`,
    );
  }

  const { stdout, stderr } = await runCommand('pnpm', ['release'], {
    cwd: clone.dir,
    env,
    timeoutMs: 420_000,
  });
  return {
    packages: publicPackages(clone.dir),
    versionCommit,
    tags: git(clone.dir, ['tag', '--points-at', versionCommit]).split('\n').filter(Boolean).sort(),
    leftChanged: git(clone.dir, ['status', '--porcelain']),
    output: stdout + stderr,
  };
}

function publicPackages(root: string): PublishedPackage[] {
  const packagesDir = join(root, 'packages');
  return readdirSync(packagesDir)
    .map((folder) => join(packagesDir, folder))
    .map((dir) => ({ dir, manifest: readManifest(dir) }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({ name: manifest.name, version: manifest.version, dir }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function readManifest(dir: string): { name: string; version: string; private?: boolean } {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
}
