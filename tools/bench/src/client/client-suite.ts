// Requests per second and client CPU per request against a loopback server: raw fetch, plain
// openapi-fetch and our Gateway SMS client (auth on, retries on, validation off), taking turns,
// at concurrency 1 and 16.
import { join } from 'node:path';
import { createGatewaySmsClient, type paths } from '@sms-contracts/client/gateway-sms';
import createClient from 'openapi-fetch';
import { startChildServer } from '../loopback/child-server.ts';
import { drive } from '../loopback/drive.ts';
import { alternate, type Contestant } from '../measure/alternate.ts';
import { type Row, row } from '../report/row.ts';
import { summarize } from '../stats.ts';
import type { SuiteOptions } from '../suite-options.ts';
import { named } from '../versions.ts';

const token = 'bench-token';
const id = '5d443a6e9f2725660f3db347';
const body = {
  recipients: Array.from({ length: 10 }, (_, index) => `+39-34${String(index).padStart(8, '0')}`),
  transaction: true,
};

type Send = () => Promise<void>;

function senders(baseUrl: string): [string, Send][] {
  const ours = createGatewaySmsClient({ token, baseUrl });
  const plain = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });
  const url = `${baseUrl}/messages/${id}`;
  const put = { params: { path: { id } }, body };
  const expectData = (result: { data?: unknown; response: Response }) => {
    if (result.data === undefined)
      throw new Error(`PUT ${url}: no data (status ${result.response.status})`);
  };
  return [
    [
      'ours: createGatewaySmsClient (bearer auth, retries, timeout; no validation)',
      async () => expectData(await ours.PUT('/messages/{id}', put)),
    ],
    [
      `${named('openapi-fetch')} createClient (Authorization header)`,
      async () => expectData(await plain.PUT('/messages/{id}', put)),
    ],
    [
      'raw fetch + JSON.stringify / response.json()',
      async () => {
        const response = await fetch(url, {
          method: 'PUT',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        if (!response.ok) throw new Error(`PUT ${url}: status ${response.status}`);
        await response.json();
      },
    ],
    [
      // Diagnostic: raw fetch plus the Request object openapi-fetch builds for every call.
      'raw fetch(new Request(…)) (diagnostic)',
      async () => {
        const request = new Request(url, {
          method: 'PUT',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        const response = await fetch(request);
        if (!response.ok) throw new Error(`PUT ${url}: status ${response.status}`);
        await response.json();
      },
    ],
  ];
}

interface ClientRun {
  readonly rps: number;
  readonly cpu: number;
}

export async function clientSuite(options: SuiteOptions): Promise<Row[]> {
  const server = await startChildServer(join(import.meta.dirname, 'fixed-response-server.ts'));
  const rows: Row[] = [];
  try {
    const sides = senders(server.url);
    for (const concurrency of [1, 16]) {
      const contestants: Contestant<ClientRun>[] = sides.map(([label, send]) => ({
        label,
        once: async () => {
          const result = await drive({
            concurrency,
            requests: concurrency === 1 ? 3_000 : 8_000,
            timeLimitMs: options.quick ? 500 : 1_500,
            send,
          });
          return { rps: result.completed / result.seconds, cpu: result.cpuMicrosPerRequest };
        },
      }));
      const [ours, plain, raw, withRequest] = await alternate(contestants, {
        warmup: 1,
        rounds: options.quick ? 2 : 5,
        minRounds: 2,
        budgetMs: 30_000,
        pick: (run) => run.rps,
      });
      if (!ours || !plain || !raw || !withRequest)
        throw new Error('client: a contestant did not run');
      const payload = `PUT /messages/{id}, 10 recipients, to a bare node:http server, concurrency ${concurrency}`;
      const cpu = (side: typeof ours) => summarize(side.samples.map((run) => run.cpu));
      rows.push(
        row({
          suite: 'client',
          name: `requests per second, concurrency ${concurrency}`,
          payload,
          unit: 'req/s',
          better: 'higher',
          ours: { label: ours.label, summary: ours.summary },
          anchor: { label: plain.label, summary: plain.summary },
          goal: { text: 'ours ≥ openapi-fetch', met: (measured) => measured.ratio >= 1 },
          also: [raw, withRequest].map((side) => ({ label: side.label, summary: side.summary })),
        }),
        row({
          suite: 'client',
          name: `client CPU per request, concurrency ${concurrency}`,
          payload,
          unit: 'µs/req',
          better: 'lower',
          ours: { label: ours.label, summary: cpu(ours) },
          anchor: { label: plain.label, summary: cpu(plain) },
          goal: { text: 'ours ≤ openapi-fetch', met: (measured) => measured.ratio <= 1 },
          also: [raw, withRequest].map((side) => ({ label: side.label, summary: cpu(side) })),
        }),
      );
    }
  } finally {
    server.stop();
  }
  return rows;
}
