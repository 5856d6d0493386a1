// A throw-away repository root with the three target packages, for generate({ outRoot }).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function scratchRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'sms-bench-codegen-'));
  for (const pkg of ['types', 'validation', 'client']) {
    mkdirSync(join(root, 'packages', pkg, 'src'), { recursive: true });
    const manifest = { name: `@bench/${pkg}`, exports: { './package.json': './package.json' } };
    writeFileSync(
      join(root, 'packages', pkg, 'package.json'),
      `${JSON.stringify(manifest, null, 2)}\n`,
    );
  }
  return root;
}
