import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSpec } from '@sms-contracts/specs/load-api';
import { defaultApiSettings } from '@sms-contracts/specs/registry';
import ts from 'typescript';

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function fixture(name: string) {
  return { name, root: join(fixturesDir, name, 'openapi.yaml'), settings: defaultApiSettings };
}

export async function loadFixture(name: string) {
  const { root } = fixture(name);
  return { name, specFile: root, document: await bundleSpec(root) };
}

/** A throw-away repository root with empty target packages, for generate({ outRoot }). */
export function scratchRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'sms-codegen-'));
  for (const pkg of ['types', 'validation', 'client']) {
    mkdirSync(join(root, 'packages', pkg, 'src'), { recursive: true });
    writeFileSync(
      join(root, 'packages', pkg, 'package.json'),
      `${JSON.stringify({ name: `@x/${pkg}`, exports: { './package.json': './package.json' } }, null, 2)}\n`,
    );
  }
  return root;
}

/** TypeScript's errors for one self-contained module, under `strict`. */
export function typeErrors(file: string): string[] {
  const program = ts.createProgram([file], { strict: true, noEmit: true, skipLibCheck: true });
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}
