// Regenerates every registry API into a temporary copy of the target packages and fails on any
// difference from what is committed: generated code must never be edited by hand or go stale.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@sms-contracts/specs/registry';
import { expect, it } from 'vitest';
import { generate } from '../src/generate.ts';
import { targets } from '../src/targets.ts';

it('the committed .gen.ts files and exports are what the specs generate', async () => {
  const outRoot = mkdtempSync(join(tmpdir(), 'sms-codegen-drift-'));
  for (const { packageDir } of targets) {
    cpSync(join(repoRoot, packageDir), join(outRoot, packageDir), {
      recursive: true,
      filter: (source) => !/[/\\](node_modules|dist)$/.test(source),
    });
  }
  const { changed } = await generate({ outRoot });
  expect(changed, 'run `pnpm generate` and commit the result').toEqual([]);
}, 120_000);
