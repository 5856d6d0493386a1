import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { repoRoot } from '@sms-contracts/specs/registry';
import { biomeCommand } from './biome-binary.ts';

/**
 * Biome skips files over 1 MiB (its `files.maxSize`); formatting a 13 MB module would take
 * seconds. Such outputs (only from very large specs) are written as emitted, on purpose.
 */
export const formatLimitBytes = 1024 * 1024;

/**
 * Formats every source (TypeScript or JSON, told by the file name: Biome lays out a
 * `package.json` the way npm does) with the repository's Biome settings, in one Biome run: its
 * start-up, not the formatting, is what costs. The files go through a scratch folder inside the
 * repository so Biome applies the root configuration. Sources over {@link formatLimitBytes} are
 * returned unchanged.
 */
export function formatSources(sources: ReadonlyMap<string, string>): Map<string, string> {
  const formatted = new Map(sources);
  const scratch = mkdtempSync(join(repoRoot, '.codegen-format-'));
  try {
    const names = new Map<string, string>();
    const small = [...sources].filter(
      ([, source]) => Buffer.byteLength(source) <= formatLimitBytes,
    );
    small.forEach(([file, source], index) => {
      // biome.json leaves *.gen.ts alone (they are formatted here), so format them as plain .ts.
      const name = join(scratch, String(index), basename(file).replace(/\.gen\.ts$/, '.ts'));
      mkdirSync(dirname(name));
      names.set(file, name);
      writeFileSync(name, source);
    });
    const biome = biomeCommand();
    const result = spawnSync(biome.file, [...biome.args, 'format', '--write', scratch], {
      cwd: repoRoot,
      env: { ...process.env, ...biome.env },
      encoding: 'utf8',
    });
    if (result.status !== 0) {
      throw new Error(
        `biome could not format the generated files:\n${result.stderr}${result.stdout}`,
      );
    }
    for (const [file, name] of names) formatted.set(file, readFileSync(name, 'utf8'));
    return formatted;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Formats one source: see {@link formatSources}. */
export function formatSource(source: string, fileName: string): string {
  return formatSources(new Map([[fileName, source]])).get(fileName) ?? source;
}
