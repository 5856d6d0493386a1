import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { biomeCommand } from '../src/biome-binary.ts';

const require = createRequire(import.meta.url);

describe('biomeCommand', () => {
  it('runs the Biome of the version this package depends on', () => {
    const manifest = JSON.parse(
      readFileSync(require.resolve('@biomejs/biome/package.json'), 'utf8'),
    );
    const biome = biomeCommand();
    const result = spawnSync(biome.file, [...biome.args, '--version'], {
      encoding: 'utf8',
      env: { ...process.env, ...biome.env },
    });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(`Version: ${manifest.version}`);
  });

  it('spawns the native binary, not the Node launcher, where the platform package is installed', () => {
    expect(biomeCommand().file).not.toBe(process.execPath);
  });
});
