import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { git } from '../load/git.ts';

/**
 * The packages `changeset publish` releases: the `fixed` groups of `.changeset/config.json`, and
 * any package under packages/ that is not private.
 */
export function publishedPackages(root: string): string[] {
  const names = new Set<string>();
  const configPath = join(root, '.changeset', 'config.json');
  if (existsSync(configPath)) {
    const config = JSON.parse(readFileSync(configPath, 'utf8')) as { fixed?: string[][] };
    for (const group of config.fixed ?? []) for (const name of group) names.add(name);
  }
  const packagesFolder = join(root, 'packages');
  if (existsSync(packagesFolder)) {
    for (const entry of readdirSync(packagesFolder)) {
      const manifest = join(packagesFolder, entry, 'package.json');
      if (!existsSync(manifest)) continue;
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
        name?: string;
        private?: boolean;
      };
      if (pkg.name && pkg.private !== true) names.add(pkg.name);
    }
  }
  return [...names].sort();
}

type Version = [number, number, number, string];

function parseVersion(text: string): Version | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/.exec(text);
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] ?? ''];
}

function compareVersions(a: Version, b: Version): number {
  for (let index = 0; index < 3; index += 1) {
    const diff = (a[index] as number) - (b[index] as number);
    if (diff !== 0) return diff;
  }
  // A release sorts above its pre-releases.
  if (a[3] === b[3]) return 0;
  if (a[3] === '') return 1;
  if (b[3] === '') return -1;
  return a[3].localeCompare(b[3], 'en', { numeric: true });
}

/** The tag `changeset tag` made for the newest release of a published package, if any. */
export function lastReleaseTag(root: string, packages: readonly string[]): string | undefined {
  let best: { tag: string; version: Version } | undefined;
  for (const tag of git(['tag', '--list'], root).split('\n')) {
    const at = tag.lastIndexOf('@');
    if (at <= 0 || !packages.includes(tag.slice(0, at))) continue;
    const version = parseVersion(tag.slice(at + 1));
    if (version && (!best || compareVersions(version, best.version) > 0)) best = { tag, version };
  }
  return best?.tag;
}

/** The first commit that has `path` (relative to the repository root), if any. */
export function firstCommitWith(root: string, path: string): string | undefined {
  const commits = git(
    ['log', '--format=%h', '--abbrev=12', '--diff-filter=A', '--reverse', '--', path],
    root,
  )
    .split('\n')
    .filter(Boolean);
  return commits[0];
}

/** True when `path` exists at `ref`. */
export function existsAt(root: string, ref: string, path: string): boolean {
  try {
    git(['cat-file', '-e', `${ref}:${path}`], root);
    return true;
  } catch {
    return false;
  }
}

/** Files under specs/ or packages/<name>/src that differ from `ref` (committed, staged, unstaged or untracked). */
export function userFacingChanges(root: string, ref: string): string[] {
  const changed = git(['diff', '--name-only', ref, '--', 'specs', 'packages'], root).split('\n');
  const untracked = git(
    ['ls-files', '--others', '--exclude-standard', '--', 'specs', 'packages'],
    root,
  ).split('\n');
  return [...new Set([...changed, ...untracked])]
    .filter((file) => file.startsWith('specs/') || /^packages\/[^/]+\/src\//.test(file))
    .sort();
}
