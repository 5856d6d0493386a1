import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv } from './child-env.ts';
import { runCommand } from './run-command.ts';

/** One task of a turbo run, as its `--summarize` JSON reports it. */
export interface TaskCache {
  /** e.g. `@sms-contracts/types#build` */
  readonly taskId: string;
  /** The task's hash: the artifact's id on the remote cache. */
  readonly hash: string;
  /** `HIT` or `MISS` */
  readonly status: string;
  /** Where a hit came from: `LOCAL` or `REMOTE`; undefined on a miss. */
  readonly source: string | undefined;
}

export interface TurboRun {
  readonly tasks: readonly TaskCache[];
  readonly output: string;
}

interface RunSummary {
  readonly tasks: readonly {
    readonly taskId: string;
    readonly hash: string;
    readonly cache: { readonly status: string; readonly source?: string };
  }[];
}

/**
 * `turbo run <args> --summarize` in a clone (through the clone's own turbo), with `env` added;
 * returns every task's cache status from the run summary turbo writes to `.turbo/runs/`.
 */
export async function turboRun(
  dir: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
): Promise<TurboRun> {
  const before = new Set(runSummaries(dir));
  const { stdout, stderr } = await runCommand(
    'pnpm',
    ['exec', 'turbo', 'run', ...args, '--summarize'],
    {
      cwd: dir,
      env: childEnv(env),
      timeoutMs: 300_000,
    },
  );
  const created = runSummaries(dir).filter((file) => !before.has(file));
  if (created.length !== 1) {
    throw new Error(
      `turbo run --summarize in ${dir}: expected one new summary in .turbo/runs, found ${created.length}`,
    );
  }
  const summary = JSON.parse(readFileSync(created[0] as string, 'utf8')) as RunSummary;
  return {
    tasks: summary.tasks.map((task) => ({
      taskId: task.taskId,
      hash: task.hash,
      status: task.cache.status,
      source: task.cache.source,
    })),
    output: stdout + stderr,
  };
}

function runSummaries(dir: string): string[] {
  const runs = join(dir, '.turbo', 'runs');
  try {
    return readdirSync(runs)
      .map((name) => join(runs, name))
      .filter((path) => statSync(path).isFile());
  } catch {
    return [];
  }
}
