// Closed-loop load: `concurrency` workers each send their next request as soon as the previous
// one is answered. Bounded twice: at most `requests` requests, and no new one after `timeLimitMs`.

export interface DriveOptions {
  readonly concurrency: number;
  /** Requests at most. */
  readonly requests: number;
  /** No request starts after this much time. */
  readonly timeLimitMs: number;
  /** Sends request number `index` and resolves once its whole answer has been read. */
  readonly send: (index: number) => Promise<void>;
}

export interface DriveResult {
  readonly completed: number;
  readonly seconds: number;
  /** Client CPU time (user + system) of this process per request, in µs. */
  readonly cpuMicrosPerRequest: number;
  /** Latency of each completed request, in ms. */
  readonly latencies: Float64Array;
}

export async function drive(options: DriveOptions): Promise<DriveResult> {
  const latencies = new Float64Array(options.requests);
  let next = 0;
  let completed = 0;
  const started = performance.now();
  const deadline = started + options.timeLimitMs;
  const cpuBefore = process.cpuUsage();
  const worker = async () => {
    for (
      let index = next++;
      index < options.requests && performance.now() < deadline;
      index = next++
    ) {
      const sent = performance.now();
      await options.send(index);
      latencies[completed++] = performance.now() - sent;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    completed,
    seconds,
    cpuMicrosPerRequest: (cpu.user + cpu.system) / Math.max(1, completed),
    latencies: latencies.slice(0, completed),
  };
}
