// Side-by-side timing: contestants take turns (the order rotates every round) after a warm-up,
// and each one's median over the rounds is reported.

export interface Contestant {
  readonly name: string;
  readonly run: () => unknown;
}

export interface Measurement {
  readonly name: string;
  /** Median operations per second over the rounds. */
  readonly opsPerSecond: number;
}

/** Batch size that takes about `targetMs` for `run`. */
function calibrate(run: () => unknown, targetMs: number): number {
  let batch = 1;
  for (;;) {
    const start = performance.now();
    for (let index = 0; index < batch; index++) run();
    const elapsed = performance.now() - start;
    if (elapsed >= targetMs / 4 || batch >= 2 ** 24) return Math.max(1, Math.round((batch * targetMs) / Math.max(elapsed, 0.001)));
    batch *= 4;
  }
}

export function measure(contestants: readonly Contestant[], rounds = 15, batchMs = 20): Measurement[] {
  const batches = contestants.map((contestant) => calibrate(contestant.run, batchMs));
  const samples = contestants.map(() => [] as number[]);
  let sink = 0;
  for (let round = -2; round < rounds; round++) {
    for (let turn = 0; turn < contestants.length; turn++) {
      const index = (turn + round + contestants.length * 4) % contestants.length;
      const contestant = contestants[index] as Contestant;
      const batch = batches[index] as number;
      const start = performance.now();
      for (let count = 0; count < batch; count++) if (contestant.run()) sink++;
      const elapsed = performance.now() - start;
      // Rounds below zero are the warm-up.
      if (round >= 0) samples[index]?.push((batch * 1000) / elapsed);
    }
  }
  if (sink === -1) console.log('unreachable');
  return contestants.map((contestant, index) => ({ name: contestant.name, opsPerSecond: median(samples[index] ?? []) }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
