// Requests per second and p99 latency at concurrency 64 on loopback: the emulator appending 10
// recipients per PUT to an open transaction, against a bare Hono server answering the same PUT
// with a fixed body. Servers in child processes, the load generator here; sides take turns.
import { Agent } from 'node:http';
import { join } from 'node:path';
import { type ChildServer, startChildServer } from '../loopback/child-server.ts';
import { loadRound } from '../loopback/load-round.ts';
import { alternate, type Contestant, type Measured } from '../measure/alternate.ts';
import { type Row, row, type SideResult } from '../report/row.ts';
import { quantile, summarize } from '../stats.ts';
import type { SuiteOptions } from '../suite-options.ts';
import { named } from '../versions.ts';
import { headers, openTransaction, tenNewRecipients } from './gateway-requests.ts';

const concurrency = 64;

interface ServerRun {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  /** Server CPU per request, µs. */
  readonly serverCpu: number;
}

function contestant(
  label: string,
  server: ChildServer,
  options: SuiteOptions,
): Contestant<ServerRun> {
  return {
    label,
    once: async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
      try {
        // A fresh transaction per round, so every round appends to a message of the same size.
        const url = new URL(
          `${server.url}/gateway-sms/messages/${await openTransaction(server.url, agent)}`,
        );
        const result = await loadRound({
          label,
          server,
          agent,
          url,
          method: 'PUT',
          headers,
          body: tenNewRecipients,
          status: 200,
          concurrency,
          requests: options.quick ? 2_000 : 6_000,
          timeLimitMs: options.quick ? 1_000 : 3_000,
        });
        return {
          rps: result.rps,
          p50: quantile(result.latencies, 0.5),
          p99: quantile(result.latencies, 0.99),
          serverCpu: result.serverCpu,
        };
      } finally {
        agent.destroy();
      }
    },
  };
}

export async function emulatorSuite(options: SuiteOptions): Promise<Row[]> {
  const here = import.meta.dirname;
  const emulator = await startChildServer(join(here, 'emulator-server.ts'));
  const bare = await startChildServer(join(here, 'bare-hono-server.ts'));
  try {
    const [ours, floor] = await alternate(
      [
        contestant('ours: sms-emulator (createEmulator().listen)', emulator, options),
        contestant(
          `bare ${named('hono', 'Hono')} + ${named('@hono/node-server')}, fixed response`,
          bare,
          options,
        ),
      ],
      {
        warmup: 1,
        rounds: options.quick ? 2 : 5,
        minRounds: 2,
        budgetMs: 40_000,
        pick: (run) => run.rps,
      },
    );
    if (!ours || !floor) throw new Error('emulator: a contestant did not run');
    const by = (
      side: Measured<ServerRun>,
      pick: (run: ServerRun) => number,
      note?: string,
    ): SideResult => ({
      label: side.label,
      summary: summarize(side.samples.map(pick)),
      ...(note ? { note } : {}),
    });
    const payload = `PUT /gateway-sms/messages/{id} appending 10 recipients, concurrency ${concurrency}, keep-alive`;
    const cpuNote = (side: Measured<ServerRun>) =>
      `server CPU ${Math.round(summarize(side.samples.map((run) => run.serverCpu)).median)} µs/request`;
    return [
      row({
        suite: 'emulator',
        name: 'requests per second',
        payload,
        unit: 'req/s',
        better: 'higher',
        ours: by(ours, (run) => run.rps, cpuNote(ours)),
        anchor: by(floor, (run) => run.rps, cpuNote(floor)),
        goal: {
          text: 'ours ≥ ½ of the bare server (within 2×)',
          met: (measured) => measured.ratio >= 0.5,
        },
      }),
      row({
        suite: 'emulator',
        name: 'p99 latency',
        payload,
        unit: 'ms',
        better: 'lower',
        ours: by(ours, (run) => run.p99),
        anchor: by(floor, (run) => run.p99),
        goal: { text: 'ours ≤ 2× the bare server', met: (measured) => measured.ratio <= 2 },
        also: [
          { ...by(ours, (run) => run.p50), label: `${ours.label}, p50` },
          { ...by(floor, (run) => run.p50), label: `${floor.label}, p50` },
        ],
      }),
    ];
  } finally {
    emulator.stop();
    bare.stop();
  }
}
