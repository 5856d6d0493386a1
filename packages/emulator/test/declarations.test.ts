import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(packageDir, 'node_modules/.bin/tsc');
// Inside the package's node_modules, so the declarations resolve hono and @types/node as a
// consumer's would.
const cacheDir = join(packageDir, 'node_modules/.cache');
mkdirSync(cacheDir, { recursive: true });
const scratch = mkdtempSync(join(cacheDir, 'declaration-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('published declarations', () => {
  it('item 8: the declarations type-check for a Node consumer without the DOM lib ("lib": ["ES2023"], "types": ["node"])', async () => {
    const types = join(scratch, 'types');
    await run(tsc, [
      '-p',
      join(packageDir, 'tsconfig.build.json'),
      '--outDir',
      types,
      '--emitDeclarationOnly',
    ]);
    writeFileSync(
      join(scratch, 'consumer.ts'),
      [
        "import { createEmulator, type Emulator } from './types/index.js';",
        'const emulator: Emulator = createEmulator();',
        "export const answer: Promise<Response> = emulator.fetch('http://127.0.0.1/__emulator');",
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2023',
          lib: ['ES2023'],
          types: ['node'],
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
        },
        files: ['consumer.ts'],
      }),
    );
    const outcome = await run(tsc, ['-p', join(scratch, 'tsconfig.json')]).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(outcome).toBe('');
  });
});
