import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { cacheRoot } from './cache-root.ts';
import { childEnv } from './child-env.ts';
import { runCommand } from './run-command.ts';

const serversFolder = new URL('../servers/', import.meta.url).pathname;
const completeMarker = 'node_modules/.release-check-complete';

/**
 * Installs Verdaccio and turborepo-remote-cache exactly as `servers/package-lock.json` pins them
 * (`npm ci`, integrity-checked) into the cache folder, once per lockfile, and returns the folder
 * whose `node_modules` holds them. They live outside the pnpm workspace: see docs/adr/0004.
 */
export async function installTestServers(): Promise<string> {
  const lock = readFileSync(join(serversFolder, 'package-lock.json'));
  const digest = createHash('sha256').update(lock).digest('hex').slice(0, 12);
  const target = join(cacheRoot(), `release-check-servers-${digest}`);
  if (existsSync(join(target, completeMarker))) return target;

  // Installed beside the target and renamed into place: a run that dies half-way leaves no
  // folder that looks complete, and two runs at once do not share a half-written one.
  const staging = `${target}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) {
    copyFileSync(join(serversFolder, file), join(staging, file));
  }
  await runCommand(
    'npm',
    ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
    {
      cwd: staging,
      env: childEnv(),
      timeoutMs: 300_000,
    },
  );
  writeFileSync(join(staging, completeMarker), 'npm ci finished\n');
  try {
    renameSync(staging, target);
  } catch (error) {
    // Another run finished first: use its folder.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(target, completeMarker))) throw error;
  }
  return target;
}
