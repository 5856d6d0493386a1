// The results are committed, and `biome ci .` checks every file it knows (JSON and Markdown
// included): write them in the repository's Biome format, so a fresh run never fails lint.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { repoRoot } from '../paths.ts';

const require = createRequire(import.meta.url);

/** Formats `files` in place with the repository's Biome settings; a warning when it cannot. */
export function formatWithBiome(files: readonly string[]): void {
  const biome = join(dirname(require.resolve('@biomejs/biome/package.json')), 'bin', 'biome');
  const result = spawnSync(process.execPath, [biome, 'format', '--write', ...files], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.status !== 0) {
    console.warn(
      `bench: warning: biome could not format the results:\n${result.stderr || result.stdout}`,
    );
  }
}
