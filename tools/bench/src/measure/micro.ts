// Throughput of a synchronous function (a validator): runs are batches calibrated to take about
// `batchMs`, so the timer's resolution and the loop's own cost stay negligible.

/** Batch size that takes about `targetMs` for `run` (bounded: at most 2^24 calls). */
export function calibrate(run: () => unknown, targetMs: number): number {
  let batch = 1;
  for (;;) {
    const start = performance.now();
    for (let index = 0; index < batch; index++) run();
    const elapsed = performance.now() - start;
    if (elapsed >= targetMs / 4 || batch >= 2 ** 24) {
      return Math.max(1, Math.round((batch * targetMs) / Math.max(elapsed, 0.001)));
    }
    batch *= 4;
  }
}

// Results feed a sink the optimiser cannot see through, so no call is dropped as dead code.
let sink = 0;

/** A measured run for `alternate`: one calibrated batch of `run`, returning calls per second. */
export function opsPerSecond(run: () => unknown, batchMs = 20): () => number {
  const batch = calibrate(run, batchMs);
  return () => {
    const start = performance.now();
    for (let count = 0; count < batch; count++) if (run()) sink++;
    const elapsed = performance.now() - start;
    if (sink === -1) console.log('unreachable');
    return (batch * 1000) / elapsed;
  };
}

/** Wall time of one call of an async task, in milliseconds: a measured run for `alternate`. */
export function wallMs(task: () => unknown): () => Promise<number> {
  return async () => {
    const start = performance.now();
    await task();
    return performance.now() - start;
  };
}
