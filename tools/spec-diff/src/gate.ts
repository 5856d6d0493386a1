#!/usr/bin/env node
// spec-gate: fails CI when the pending changesets do not match what changed in the APIs since the
// last release. Run from anywhere in the repository: `pnpm --filter @sms-contracts/spec-diff gate`.
import { listApis, repoRoot } from '@sms-contracts/specs/registry';
import { type OutputFormat, outputFormats } from './format/index.ts';
import { ChangesetError } from './gate/changesets.ts';
import { runGate } from './gate/run-gate.ts';
import { GitError } from './load/git.ts';
import { SpecInputError } from './load/spec-input.ts';

const usage =
  'usage: spec-gate [--format text|markdown|json|githubactions|junit] [--base <git-ref>]';

async function main(argv: readonly string[]): Promise<number> {
  let format: OutputFormat = 'text';
  let baseRef: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    if (flag === '--format' && (outputFormats as readonly string[]).includes(argv[index + 1] ?? ''))
      format = argv[++index] as OutputFormat;
    else if (flag === '--base' && argv[index + 1]) baseRef = argv[++index];
    else {
      process.stderr.write(`spec-gate: unexpected argument "${flag}"\n${usage}\n`);
      return 2;
    }
  }
  try {
    const result = await runGate({
      root: repoRoot,
      apis: listApis(),
      format,
      ...(baseRef ? { baseRef } : {}),
    });
    process.stdout.write(result.output);
    return result.ok ? 0 : 1;
  } catch (error) {
    if (
      error instanceof SpecInputError ||
      error instanceof ChangesetError ||
      error instanceof GitError
    ) {
      process.stderr.write(`spec-gate: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
