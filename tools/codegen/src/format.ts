import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { repoRoot } from '@sms-contracts/specs/registry';

const require = createRequire(import.meta.url);
const biomeBin = join(dirname(require.resolve('@biomejs/biome/package.json')), 'bin', 'biome');

/** Formats TypeScript or JSON with the repository's Biome settings, so output is stable. */
export function formatSource(source: string, fileName: string): string {
  const result = spawnSync(
    process.execPath,
    [
      biomeBin,
      'format',
      // Only the extension matters; a bare name keeps the file inside the configured includes.
      `--stdin-file-path=${basename(fileName).replace(/\.gen\.ts$/, '.ts')}`,
      '--files-ignore-unknown=true',
    ],
    { input: source, encoding: 'utf8', cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) {
    throw new Error(`biome could not format generated ${fileName}:\n${result.stderr}`);
  }
  return result.stdout;
}
