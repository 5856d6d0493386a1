// One measured round of closed-loop load against a child server: every answer must have the
// expected status (a failure stops the run, naming the first one), and the server's own CPU time
// is read before and after.
import type { Agent } from 'node:http';
import type { ChildServer } from './child-server.ts';
import { drive } from './drive.ts';
import { send } from './http-send.ts';

export interface LoadRoundOptions {
  /** Who is measured, for the error message. */
  readonly label: string;
  readonly server: ChildServer;
  readonly agent: Agent;
  readonly url: URL;
  readonly method: string;
  readonly headers: Record<string, string>;
  /** The body of each request (a function, so each can differ). */
  readonly body: () => string;
  /** The status every answer must have. */
  readonly status: number;
  readonly concurrency: number;
  readonly requests: number;
  readonly timeLimitMs: number;
}

export interface LoadRound {
  readonly rps: number;
  /** Server CPU per request, µs. */
  readonly serverCpu: number;
  /** Latency of each request, ms. */
  readonly latencies: Float64Array;
}

export async function loadRound(options: LoadRoundOptions): Promise<LoadRound> {
  let failures = 0;
  let firstFailure = '';
  const cpuBefore = await options.server.cpuMicros();
  const result = await drive({
    concurrency: options.concurrency,
    requests: options.requests,
    timeLimitMs: options.timeLimitMs,
    send: async () => {
      const answer = await send(
        options.agent,
        options.url,
        options.method,
        options.headers,
        options.body(),
      );
      if (answer.status !== options.status) {
        failures += 1;
        firstFailure ||= `${answer.status}: ${answer.text.slice(0, 300)}`;
      }
    },
  });
  const serverCpu = ((await options.server.cpuMicros()) - cpuBefore) / result.completed;
  if (failures > 0) {
    throw new Error(
      `${options.label}: ${failures} of ${result.completed} ${options.method}s failed, first ${firstFailure}`,
    );
  }
  return { rps: result.completed / result.seconds, serverCpu, latencies: result.latencies };
}
