import { type OutputFormat, outputFormats } from './format/index.ts';
import type { Level } from './model.ts';

/** Parsed `spec-diff` arguments. */
export interface CliOptions {
  readonly base: string;
  readonly head: string;
  /** @default 'text' */
  readonly format: OutputFormat;
  /** Exit 1 when a change is at this level or worse. @default 'ERR' */
  readonly failOn: Level;
  /** A policy file to apply on top of the default (oasdiff) levels. @default none */
  readonly policy?: string;
}

export class UsageError extends Error {}

export const usage = `usage: spec-diff <base> <head> [--format text|markdown|json|githubactions|junit] [--fail-on ERR|WARN]
                 [--policy <file>]

  <base>, <head>   an OpenAPI file, or <git-ref>:<path> (read with git show)
  --format         report format (default: text)
  --fail-on        exit 1 when a change is at this level or worse (default: ERR)
  --policy         levels of your own on top of oasdiff's, one \`<id> <LEVEL> <reason>\` a line
                   (spec-gate uses tools/spec-diff/spec-gate-policy.txt; default: none)

exit codes: 0 nothing at the fail level, 1 changes at the fail level, 2 bad input`;

export function parseCliArgs(argv: readonly string[]): CliOptions | 'help' {
  const positional: string[] = [];
  let format: OutputFormat = 'text';
  let failOn: Level = 'ERR';
  let policy: string | undefined;
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
    } else if (flag === '--policy') {
      policy = value();
    } else if (flag.startsWith('-') && flag.length > 1) {
      throw new UsageError(`unknown option ${flag}`);
    } else {
      positional.push(argument);
    }
  }
  if (positional.length !== 2)
    throw new UsageError(
      `expected <base> and <head>, got ${positional.length} argument${positional.length === 1 ? '' : 's'}`,
    );
  return {
    base: positional[0] as string,
    head: positional[1] as string,
    format,
    failOn,
    ...(policy ? { policy } : {}),
  };
}
