// The three-API fixture workspace, and throwaway copies of it that a test may change.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixtureRoot = fileURLToPath(new URL('../fixtures/workspace', import.meta.url));

/** A fresh temporary folder; `cleanup` removes it. */
export function scratchDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `sms-docs-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A copy of the fixture workspace in a temporary folder. */
export function copyFixtureWorkspace(): { root: string; cleanup: () => void } {
  const scratch = scratchDir('workspace');
  const root = join(scratch.dir, 'workspace');
  cpSync(fixtureRoot, root, { recursive: true });
  return { root, cleanup: scratch.cleanup };
}
