// Side-by-side measurement: every contestant runs once per round, in an order that rotates each
// round (see turnOrder), after warm-up rounds that are not recorded. Bounded by a round count and
// a time budget, whichever ends first (but never fewer than `minRounds` measured rounds).
import { type Summary, summarize, turnOrder } from '../stats.ts';

export interface Contestant<T = number> {
  readonly label: string;
  /** One measured run; returns what is recorded for it (ms, ops/s, or several figures). */
  readonly once: () => T | Promise<T>;
}

export interface AlternateOptions<T = number> {
  /**
   * Unrecorded rounds first (JIT, caches, sockets).
   * @default 1
   */
  readonly warmup?: number;
  /**
   * Measured rounds at most.
   * @default 5
   */
  readonly rounds?: number;
  /**
   * No new round starts once this much time has passed since the first measured one.
   * @default 60_000
   */
  readonly budgetMs?: number;
  /**
   * Measured rounds at least, budget or not.
   * @default 3
   */
  readonly minRounds?: number;
  /**
   * The clock the budget is read from.
   * @default performance.now
   */
  readonly now?: () => number;
  /**
   * The figure `summary` is taken from, when a run records several.
   * @default the recorded number itself
   */
  readonly pick?: (sample: T) => number;
}

export interface Measured<T = number> {
  readonly label: string;
  /** One record per measured round, in round order. */
  readonly samples: T[];
  /** Of the picked figure of every sample. */
  readonly summary: Summary;
}

export async function alternate<T = number>(
  contestants: readonly Contestant<T>[],
  options: AlternateOptions<T> = {},
): Promise<Measured<T>[]> {
  const { warmup = 1, rounds = 5, budgetMs = 60_000, minRounds = 3 } = options;
  const now = options.now ?? (() => performance.now());
  const pick = options.pick ?? ((sample: T) => Number(sample));
  const samples = contestants.map(() => [] as T[]);
  let started = 0;
  for (let round = -warmup; round < rounds; round += 1) {
    if (round === 0) started = now();
    if (round >= minRounds && now() - started > budgetMs) break;
    for (const index of turnOrder(contestants.length, round)) {
      const value = await (contestants[index] as Contestant<T>).once();
      if (round >= 0) samples[index]?.push(value);
    }
  }
  return contestants.map((contestant, index) => {
    const own = samples[index] ?? [];
    return { label: contestant.label, samples: own, summary: summarize(own.map(pick)) };
  });
}
