#!/usr/bin/env node
// spec-diff <base> <head>: what changed between two versions of an OpenAPI spec, and whom it breaks.
import { resolve } from 'node:path';
import { parseCliArgs, UsageError, usage } from './cli-args.ts';
import { diffSpecs } from './diff/diff-specs.ts';
import { formatReport } from './format/index.ts';
import { loadSpec } from './load/load-spec.ts';
import { parseSpecInput, SpecInputError } from './load/spec-input.ts';
import { isAtLeast } from './model.ts';
import { applyPolicy, readPolicy } from './policy.ts';

/** Runs the command; returns the exit code (0 clean, 1 changes at the fail level, 2 bad input). */
export async function runCli(
  argv: readonly string[],
  cwd: string,
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  try {
    const options = parseCliArgs(argv);
    if (options === 'help') {
      out(`${usage}\n`);
      return 0;
    }
    const [base, head] = await Promise.all([
      loadSpec(parseSpecInput(options.base, cwd), cwd),
      loadSpec(parseSpecInput(options.head, cwd), cwd),
    ]);
    const policy = options.policy ? readPolicy(resolve(cwd, options.policy)) : undefined;
    const found = diffSpecs(base, head);
    const report = policy ? { ...found, changes: applyPolicy(found.changes, policy) } : found;
    out(formatReport(report, options.format, options.failOn));
    return report.changes.some((change) => isAtLeast(change.level, options.failOn)) ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err(`spec-diff: ${error.message}\n\n${usage}\n`);
      return 2;
    }
    if (error instanceof SpecInputError) {
      err(`spec-diff: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

if (import.meta.main) {
  process.exitCode = await runCli(
    process.argv.slice(2),
    process.cwd(),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  );
}
