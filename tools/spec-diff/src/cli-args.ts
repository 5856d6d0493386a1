import type { DeprecationDays } from './diff/context.ts';
import { type OutputFormat, outputFormats } from './format/index.ts';
import type { Level } from './model.ts';
import { catalogue } from './rules.ts';

/** `breaking` lists ERR and WARN changes, `changelog` every change (INFO too), as oasdiff's commands. */
export type Mode = 'breaking' | 'changelog';

/** Parsed `spec-diff` arguments. */
export interface CliOptions {
  /** @default 'breaking' */
  readonly mode: Mode;
  readonly base: string;
  readonly head: string;
  /** @default 'text' */
  readonly format: OutputFormat;
  /** Exit 1 when a change is at this level or worse. @default 'ERR' */
  readonly failOn: Level;
  /** A policy file to apply on top of the default (oasdiff) levels. @default none */
  readonly policy?: string;
  /** Files of accepted ERR / WARN changes to leave out (oasdiff's `--err-ignore`, `--warn-ignore`). @default none */
  readonly errIgnore?: string;
  readonly warnIgnore?: string;
  /** Rule ids raised to ERR (oasdiff's former `--include-checks`). @default [] */
  readonly includeChecks: readonly string[];
  /** Notice a new deprecation must give through `x-sunset`. @default { beta: 0, stable: 0 } */
  readonly deprecationDays: DeprecationDays;
}

export class UsageError extends Error {}

export const usage = `usage: spec-diff [breaking|changelog] <base> <head> [--format text|markdown|json|githubactions|junit]
                 [--fail-on ERR|WARN] [--policy <file>] [--err-ignore <file>] [--warn-ignore <file>]
                 [--include-checks <id>,<id>...] [--deprecation-days-beta <n>] [--deprecation-days-stable <n>]

  breaking         list the ERR and WARN changes (the default)
  changelog        list every change, INFO too
  <base>, <head>   an OpenAPI file, or <git-ref>:<path> (read with git show)
  --format         report format (default: text)
  --fail-on        exit 1 when a change is at this level or worse (default: ERR)
  --policy         levels of your own on top of oasdiff's, one \`<id> <LEVEL> <reason>\` a line
                   (spec-gate uses tools/spec-diff/spec-gate-policy.txt; default: none)
  --err-ignore     accepted ERR changes to leave out, one \`<METHOD> <path> <id or message>\` a line
  --warn-ignore    the same for WARN changes
  --include-checks raise these rule ids to ERR (oasdiff 1.27 retired it for severity levels: prefer --policy)
  --deprecation-days-beta, --deprecation-days-stable
                   days of notice a newly deprecated beta / stable operation must give in x-sunset
                   (default: 0, no x-sunset needed)

exit codes: 0 nothing at the fail level, 1 changes at the fail level, 2 bad input`;

const modes: readonly Mode[] = ['breaking', 'changelog'];

function includedChecks(list: string): string[] {
  const ids = list
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => !catalogue.has(id));
  if (unknown.length > 0)
    throw new UsageError(`--include-checks: no rule is called ${unknown.join(', ')}`);
  return ids;
}

export function parseCliArgs(argv: readonly string[]): CliOptions | 'help' {
  const positional: string[] = [];
  const files: Partial<Record<'policy' | 'errIgnore' | 'warnIgnore', string>> = {};
  const fileFlags = {
    '--policy': 'policy',
    '--err-ignore': 'errIgnore',
    '--warn-ignore': 'warnIgnore',
  } as const;
  let format: OutputFormat = 'text';
  let failOn: Level = 'ERR';
  let includeChecks: string[] = [];
  const deprecationDays = { beta: 0, stable: 0 };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    const [flag, inline] = argument.startsWith('--')
      ? (argument.split(/=(.*)/s, 2) as [string, string | undefined])
      : [argument, undefined];
    const value = () => {
      const next = inline ?? argv[++index];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--help' || flag === '-h') return 'help';
    if (flag === '--format' || flag === '-f') {
      const chosen = value();
      if (!(outputFormats as readonly string[]).includes(chosen))
        throw new UsageError(
          `--format: expected one of ${outputFormats.join(', ')}, got "${chosen}"`,
        );
      format = chosen as OutputFormat;
    } else if (flag === '--fail-on') {
      const chosen = value().toUpperCase();
      if (chosen !== 'ERR' && chosen !== 'WARN')
        throw new UsageError(`--fail-on: expected ERR or WARN, got "${chosen}"`);
      failOn = chosen;
    } else if (flag in fileFlags) {
      files[fileFlags[flag as keyof typeof fileFlags]] = value();
    } else if (flag === '--deprecation-days-beta' || flag === '--deprecation-days-stable') {
      const days = value();
      if (!/^\d+$/.test(days))
        throw new UsageError(`${flag}: expected a whole number of days, got "${days}"`);
      deprecationDays[flag.endsWith('beta') ? 'beta' : 'stable'] = Number(days);
    } else if (flag === '--include-checks') {
      includeChecks = [...includeChecks, ...includedChecks(value())];
    } else if (flag.startsWith('-') && flag.length > 1) {
      throw new UsageError(`unknown option ${flag}`);
    } else {
      positional.push(argument);
    }
  }
  const mode = modes.find((known) => known === positional[0]);
  const [base, head, ...extra] = mode ? positional.slice(1) : positional;
  if (base === undefined || head === undefined || extra.length > 0) {
    const count = positional.length - (mode ? 1 : 0);
    throw new UsageError(
      `expected <base> and <head>, got ${count} argument${count === 1 ? '' : 's'}`,
    );
  }
  return {
    mode: mode ?? 'breaking',
    base,
    head,
    format,
    failOn,
    includeChecks,
    deprecationDays,
    ...files,
  };
}
