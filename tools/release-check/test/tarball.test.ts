import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packDirectory, readTarball } from '../src/tarball.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function folder(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'release-check-tarball-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('packDirectory and readTarball', () => {
  it('round-trip every file under package/, names longer than 100 bytes included, nested node_modules left out', () => {
    const long = `dist/${'nested/'.repeat(16)}deep-module.js`;
    const root = folder({
      'package.json': '{"name":"a","version":"1.0.0"}',
      'dist/index.js': 'export const a = 1;\n',
      [long]: 'x'.repeat(1500),
      'node_modules/b/package.json': '{}',
    });
    const files = readTarball(packDirectory(root));
    expect([...files.keys()].sort()).toEqual([
      'package/dist/index.js',
      `package/${long}`,
      'package/package.json',
    ]);
    expect(files.get(`package/${long}`)?.toString()).toBe('x'.repeat(1500));
    expect(files.get('package/package.json')?.toString()).toBe('{"name":"a","version":"1.0.0"}');
  });
});
