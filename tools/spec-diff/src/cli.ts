#!/usr/bin/env node
// spec-diff [breaking|changelog] <base> <head>: what changed between two versions of an OpenAPI spec, and whom it breaks.
import { resolve } from 'node:path';
import { type CliOptions, parseCliArgs, UsageError, usage } from './cli-args.ts';
import { diffSpecs } from './diff/diff-specs.ts';
import { formatReport } from './format/index.ts';
import { readIgnoreList, withoutIgnored } from './ignore.ts';
import { loadSpec } from './load/load-spec.ts';
import { parseSpecInput, SpecInputError } from './load/spec-input.ts';
import { type DiffReport, isAtLeast } from './model.ts';
import { applyPolicy, readPolicy } from './policy.ts';

/** The report as asked: policy levels, accepted changes left out, INFO only in a changelog. */
function shapeReport(found: DiffReport, options: CliOptions, cwd: string): DiffReport {
  const policy = options.policy ? readPolicy(resolve(cwd, options.policy)) : undefined;
  const included = options.includeChecks.map((id) => ({
    id,
    level: 'ERR' as const,
    reason: 'named in --include-checks',
    line: 0,
    ids: [id],
  }));
  const rules = [...(policy?.rules ?? []), ...included];
  const leveled =
    rules.length > 0 ? applyPolicy(found.changes, { file: '', rules }) : found.changes;
  const lists = [
    ...(options.errIgnore ? [readIgnoreList(resolve(cwd, options.errIgnore), 'ERR')] : []),
    ...(options.warnIgnore ? [readIgnoreList(resolve(cwd, options.warnIgnore), 'WARN')] : []),
  ];
  const kept = withoutIgnored(leveled, lists);
  const changes =
    options.mode === 'changelog' ? kept : kept.filter((change) => change.level !== 'INFO');
  return { ...found, changes };
}

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
    const report = shapeReport(
      diffSpecs(base, head, { deprecationDays: options.deprecationDays }),
      options,
      cwd,
    );
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
