// The whole run, as written to latest.json (and rendered into latest.md).
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import type { Row, SuiteName } from './row.ts';

export interface SuiteResult {
  readonly name: SuiteName;
  readonly title: string;
  /** How the suite measures, in a sentence or two. */
  readonly notes: string;
  readonly durationMs: number;
  readonly rows: readonly Row[];
  /** Why the suite produced no (or not all) rows. */
  readonly error?: string;
}

export interface BenchReport {
  /** ISO time the run started. */
  readonly startedAt: string;
  readonly durationMs: number;
  /** Node version, CPU model and count, memory. */
  readonly machine: string;
  /**
   * 1-minute load average when the run started and when it ended: above the core count, other
   * work shared the machine, and the spreads will show it.
   */
  readonly loadAverage: { readonly start: number; readonly end: number };
  /** Short commit id, with "+ local changes" when the work tree differs from it. */
  readonly commit: string;
  readonly suites: readonly SuiteResult[];
}

export function describeMachine(): string {
  const cores = cpus();
  const model = cores[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  const memory = Math.round(totalmem() / 2 ** 30);
  return `Node ${process.version}, ${process.platform}/${process.arch}, ${cores.length} × ${model}, ${memory} GiB`;
}

export function describeCommit(root: string): string {
  try {
    const id = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${id} + local changes` : id;
  } catch {
    return 'unknown (not a git work tree)';
  }
}

/** The 1-minute load average, to two decimals. */
export function loadNow(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}
