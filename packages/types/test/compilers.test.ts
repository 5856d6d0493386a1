// Consumers type-check with TypeScript 5.9 and with TypeScript 7 (the native compiler): both must
// accept a program using every API's types, and both must reject a program with a wrong field.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const consumer = join(here, 'consumer');
// Both compilers are devDependencies of this package; `typescript-5.9` is an npm alias.
const tscOf = (pkg: string) => join(here, '..', 'node_modules', pkg, 'bin', 'tsc');
const compilers = [
  { name: 'TypeScript 7', tsc: tscOf('typescript') },
  { name: 'TypeScript 5.9', tsc: tscOf('typescript-5.9') },
];

async function typecheck(tsc: string, ...args: string[]) {
  try {
    await run(process.execPath, [tsc, ...args], { cwd: consumer });
    return { code: 0, output: '' };
  } catch (error) {
    const failure = error as { code: number; stdout: string };
    return { code: failure.code, output: failure.stdout };
  }
}

describe.each(compilers)('$name', ({ tsc }) => {
  it('compiles a consumer of every API cleanly', async () => {
    expect(await typecheck(tsc, '-p', 'tsconfig.json')).toEqual({ code: 0, output: '' });
  });

  it('rejects a number where the seed says string', async () => {
    const result = await typecheck(tsc, '-p', 'tsconfig.wrong-field.json');
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /^wrong-field\.ts\(4,\d+\): error TS2322: Type '\{ number: number; \}'/,
    );
  });
});
