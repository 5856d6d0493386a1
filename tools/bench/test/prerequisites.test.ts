import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBuilt, requiredDistFiles } from '../src/prerequisites.ts';

const roots: string[] = [];
function emptyRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'sms-bench-prerequisites-'));
  roots.push(root);
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function write(root: string, file: string, secondsAgo: number): void {
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, '');
  const time = Date.now() / 1000 - secondsAgo;
  utimesSync(path, time, time);
}

describe('checkBuilt', () => {
  it('lists every dist file the suites need when nothing is built', () => {
    expect(checkBuilt(emptyRoot()).missing).toEqual([...requiredDistFiles]);
  });

  it('finds nothing missing once they exist, and flags a package whose sources are newer', () => {
    const root = emptyRoot();
    for (const file of requiredDistFiles) write(root, file, 60);
    write(root, 'packages/client/src/gateway-sms.ts', 0);
    write(root, 'packages/emulator/src/index.ts', 120);
    expect(checkBuilt(root)).toEqual({ missing: [], stale: ['packages/client'] });
  });
});
