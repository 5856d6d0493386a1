// Requests per second at concurrency 64 on loopback: the spec-driven emulator against Prism's mock
// server, both serving the same spec and answering the same authenticated, validated POST.
// Servers in child processes, the load generator here; sides take turns.
import { Agent } from 'node:http';
import { join } from 'node:path';
import { type ChildServer, startChildServer } from '../loopback/child-server.ts';
import { drive } from '../loopback/drive.ts';
import { send } from '../loopback/http-send.ts';
import { alternate, type Contestant, type Measured } from '../measure/alternate.ts';
import { type Row, row, type SideResult } from '../report/row.ts';
import { summarize } from '../stats.ts';
import type { SuiteOptions } from '../suite.ts';
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
        const url = new URL(`${base}${path}`);
        let failures = 0;
        let firstFailure = '';
        const cpuBefore = await server.cpuMicros();
        const result = await drive({
          concurrency,
          requests: options.quick ? 2_000 : 6_000,
          timeLimitMs: options.quick ? 1_000 : 3_000,
          send: async () => {
            const answer = await send(agent, url, method, headers, body);
            if (answer.status !== status) {
              failures += 1;
              firstFailure ||= `${answer.status}: ${answer.text.slice(0, 300)}`;
            }
          },
        });
        if (failures > 0) {
          throw new Error(
            `${label}: ${failures} of ${result.completed} failed, first ${firstFailure}`,
          );
        }
        return {
          rps: result.completed / result.seconds,
          serverCpu: ((await server.cpuMicros()) - cpuBefore) / result.completed,
        };
      } finally {
    for (const server of servers) server.stop();
  }
}
