import { resolve } from 'node:path';
import { runCli } from '../../src/cli.ts';

/** The folder of spec-diff's own corpus: CLI tests name case files relative to it. */
export const corpus = resolve(import.meta.dirname, '../corpus');

/** Runs `spec-diff` in-process and captures what it writes. */
export async function run(args: readonly string[], cwd = corpus) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args,
    cwd,
    (text) => (stdout += text),
    (text) => (stderr += text),
  );
  return { code, stdout, stderr };
}
