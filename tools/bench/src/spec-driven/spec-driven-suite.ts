// Requests per second and server CPU per request at concurrency 64 on loopback: the spec-driven
// emulator against Prism's mock server, both serving the same spec and answering the same
// authenticated, validated POST. Servers in child processes, the load generator here; sides take
// turns.
import { Agent } from 'node:http';
import { join } from 'node:path';
import { type ChildServer, startChildServer } from '../loopback/child-server.ts';
import { loadRound } from '../loopback/load-round.ts';
import { alternate, type Contestant, type Measured } from '../measure/alternate.ts';
import { type Row, row, type SideResult } from '../report/row.ts';
import { summarize } from '../stats.ts';
import type { SuiteOptions } from '../suite-options.ts';
import { named } from '../versions.ts';
import { benchRequest, benchSpec } from './bench-spec.ts';

const concurrency = 64;

interface ServerRun {
  readonly rps: number;
  /** Server CPU per request, µs: the server's own cost, whatever else the machine runs. */
  readonly serverCpu: number;
}

function contestant(
  label: string,
  server: ChildServer,
  base: string,
  options: SuiteOptions,
): Contestant<ServerRun> {
  const { method, path, headers, body, status } = benchRequest;
  return {
    label,
    once: async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
      try {
        const round = await loadRound({
          label,
          server,
          agent,
          url: new URL(`${base}${path}`),
          method,
          headers,
          body: () => body,
          status,
          concurrency,
          requests: options.quick ? 2_000 : 6_000,
          timeLimitMs: options.quick ? 1_000 : 3_000,
        });
        return { rps: round.rps, serverCpu: round.serverCpu };
      } finally {
        agent.destroy();
      }
    },
  };
}

export async function specDrivenSuite(options: SuiteOptions): Promise<Row[]> {
  const here = import.meta.dirname;
  const servers: ChildServer[] = [];
  try {
    const ours = await startChildServer(join(here, 'emulator-spec-driven-server.ts'));
    servers.push(ours);
    const prism = await startChildServer(join(here, 'prism-server.ts'));
    servers.push(prism);
    const [emulator, anchor] = await alternate(
      [
        contestant(
          'ours: spec-driven emulator (createEmulator().listen)',
          ours,
          `${ours.url}/${benchSpec.name}`,
          options,
        ),
        contestant(
          `${named('@stoplight/prism-cli', 'Prism')} mock server`,
          prism,
          prism.url,
          options,
        ),
      ],
      {
        warmup: 1,
        rounds: options.quick ? 2 : 5,
        minRounds: 2,
        budgetMs: 60_000,
        pick: (run) => run.rps,
      },
    );
    if (!emulator || !anchor) throw new Error('spec-driven: a contestant did not run');
    const by = (side: Measured<ServerRun>, pick: (run: ServerRun) => number): SideResult => ({
      label: side.label,
      summary: summarize(side.samples.map(pick)),
    });
    const payload = `${benchRequest.method} ${benchRequest.path} of the emulator's fixture spec (Basic auth, JSON body validated, 201 from the spec), concurrency ${concurrency}, keep-alive`;
    return [
      row({
        suite: 'spec-driven',
        name: 'requests per second',
        payload,
        unit: 'req/s',
        better: 'higher',
        ours: by(emulator, (run) => run.rps),
        anchor: by(anchor, (run) => run.rps),
        goal: { text: 'ours ≥ 5× Prism', met: (measured) => measured.ratio >= 5 },
      }),
      // The load generator shares the machine's cores with both servers, so on a small or busy
      // machine req/s understates the gap; the servers' own CPU time per request does not.
      row({
        suite: 'spec-driven',
        name: 'server CPU per request',
        payload,
        unit: 'µs/req',
        better: 'lower',
        ours: by(emulator, (run) => run.serverCpu),
        anchor: by(anchor, (run) => run.serverCpu),
        goal: { text: 'ours ≤ ⅕ of Prism', met: (measured) => measured.ratio <= 0.2 },
      }),
    ];
  } finally {
    for (const server of servers) server.stop();
  }
}
