// Client benchmark (not a test; `pnpm --filter @sms-contracts/client bench` after `pnpm build`).
// Raw global fetch, plain openapi-fetch and our gateway-sms client (bearer auth on, retries on,
// timeout on, validation off) against one loopback server in a child process, side by side in
// one run: sides take turns in a rotating order, one warm-up round, then medians of the rounds.
// Reports requests per second and client CPU per request (process.cpuUsage), and the ratios.
//
//   node bench/client-bench.ts [--rounds 7] [--requests 3000]
//
// Two diagnostic sides show where the time goes: "fetch(new Request())" is raw fetch plus the
// Request object openapi-fetch builds for every call (undici then builds a second one that
// follows the first one's signal), and "raw fetch + AbortSignal" is what any timeout costs in
// undici (a followed signal), which our client pays instead.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { paths } from '@sms-contracts/types/gateway-sms';
import createClient from 'openapi-fetch';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' },
    requests: { type: 'string', default: '3000' },
  },
});
const rounds = Number(values.rounds);
const requestsPerRound = Number(values.requests);

const entry = new URL('../dist/gateway-sms.js', import.meta.url);
if (!existsSync(entry)) {
  console.error(
    'client-bench: dist/gateway-sms.js is missing; run `pnpm --filter @sms-contracts/client build` first.',
  );
  process.exit(1);
}
const { createGatewaySmsClient } = (await import(
  entry.href
)) as typeof import('../src/gateway-sms.ts');

const server = spawn(process.execPath, [new URL('./bench-server.ts', import.meta.url).pathname], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const port = await new Promise<number>((resolve, reject) => {
  server.stdout.once('data', (chunk: Buffer) => resolve(Number(String(chunk).trim())));
  server.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
});
const baseUrl = `http://127.0.0.1:${port}`;
const token = 'bench-token-0123456789';
const id = '5cf7cc139f272546624d3795';

const plain = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });
const ours = createGatewaySmsClient({ token, baseUrl });

function check(ok: boolean, side: string): void {
  if (!ok) throw new Error(`${side}: unexpected response`);
}

interface Side {
  readonly label: string;
  readonly diagnostic?: boolean;
  readonly get: () => Promise<void>;
}

const sides: Side[] = [
  {
    label: 'raw fetch',
    get: async () => {
      const response = await fetch(`${baseUrl}/messages/${id}`, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      });
      check(response.ok && (await response.json()).success === true, 'raw fetch');
    },
  },
  {
    label: 'fetch(new Request())',
    diagnostic: true,
    get: async () => {
      const response = await fetch(
        new Request(`${baseUrl}/messages/${id}`, { headers: { authorization: `Bearer ${token}` } }),
      );
      check(response.ok && (await response.json()).success === true, 'fetch(new Request())');
    },
  },
  {
    label: 'raw fetch + AbortSignal',
    diagnostic: true,
    get: async () => {
      // What a timeout costs with undici: a signal on the request, which undici follows.
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 30_000);
      try {
        const response = await fetch(`${baseUrl}/messages/${id}`, {
          headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
          signal: controller.signal,
        });
        check(response.ok && (await response.json()).success === true, 'raw fetch + AbortSignal');
      } finally {
        clearTimeout(timer);
      }
    },
  },
  {
    label: 'openapi-fetch',
    get: async () => {
      const { data } = await plain.GET('/messages/{id}', { params: { path: { id } } });
      check(data?.success === true, 'openapi-fetch');
    },
  },
  {
    label: 'ours (auth, retries, timeout)',
    get: async () => {
      const { data } = await ours.GET('/messages/{id}', { params: { path: { id } } });
      check(data?.success === true, 'ours');
    },
  },
];

interface Sample {
  readonly requestsPerSecond: number;
  readonly cpuMicrosPerRequest: number;
}

async function runRound(side: Side, concurrency: number, count: number): Promise<Sample> {
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next += 1;
        await side.get();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    requestsPerSecond: count / seconds,
    cpuMicrosPerRequest: (used.user + used.system) / count,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

const pad = (text: string, width: number) => text.padEnd(width);
const fixed = (value: number, digits = 0) => value.toFixed(digits).padStart(8);

try {
  console.log(
    `client bench: GET /messages/{id}, ${requestsPerRound} requests a round, ${rounds} rounds + 1 warm-up, node ${process.version}`,
  );
  for (const concurrency of [1, 16]) {
    const samples = new Map<Side, Sample[]>(sides.map((side) => [side, []]));
    for (let round = -1; round < rounds; round++) {
      // Rotate the order every round so no side always runs first or last.
      const order = sides.map(
        (_, index) => sides[(index + Math.max(round, 0)) % sides.length] as Side,
      );
      for (const side of order) {
        const sample = await runRound(side, concurrency, round < 0 ? 500 : requestsPerRound);
        if (round >= 0) samples.get(side)?.push(sample);
      }
    }
    const result = sides.map((side) => {
      const list = samples.get(side) ?? [];
      return {
        side,
        rps: median(list.map((sample) => sample.requestsPerSecond)),
        cpu: median(list.map((sample) => sample.cpuMicrosPerRequest)),
      };
    });
    const raw = result[0];
    const openapiFetch = result.find((entry) => entry.side.label === 'openapi-fetch');
    console.log(`\nconcurrency ${concurrency}`);
    console.log(
      `${pad('side', 34)}   req/s   CPU µs/req   req/s ÷ raw   ÷ openapi-fetch   CPU − raw`,
    );
    for (const { side, rps, cpu } of result) {
      const label = side.diagnostic ? `  (${side.label})` : side.label;
      console.log(
        `${pad(label, 34)}${fixed(rps)}${fixed(cpu, 1)}     ${fixed(rps / (raw?.rps ?? 1), 2)}      ${fixed(rps / (openapiFetch?.rps ?? 1), 2)}     ${fixed(cpu - (raw?.cpu ?? 0), 1)}`,
      );
    }
  }
  await clientOverhead();
} finally {
  server.stdin.end();
}

/**
 * The clients' own CPU per call, without network or undici: the global fetch is replaced by a
 * stub that answers at once. openapi-fetch still builds its Request here (undici's second one is
 * not counted), so this understates its cost; it shows what each client adds around fetch.
 */
async function clientOverhead(): Promise<void> {
  const realFetch = globalThis.fetch;
  const answer = JSON.stringify({
    data: [],
    success: true,
    message: '0 Results',
    credit: '1',
    error: null,
  });
  const answerHeaders = {
    'content-type': 'application/json',
    'content-length': String(answer.length),
  };
  globalThis.fetch = async () => new Response(answer, { headers: answerHeaders });
  try {
    const stubPlain = createClient<paths>({
      baseUrl,
      headers: { Authorization: `Bearer ${token}` },
    });
    const stubOurs = createGatewaySmsClient({ token, baseUrl });
    const calls: Record<string, () => Promise<unknown>> = {
      'raw fetch': () =>
        fetch(`${baseUrl}/messages/${id}`, { headers: { authorization: `Bearer ${token}` } }).then(
          (r) => r.json(),
        ),
      'openapi-fetch': () => stubPlain.GET('/messages/{id}', { params: { path: { id } } }),
      'ours (auth, retries, timeout)': () =>
        stubOurs.GET('/messages/{id}', { params: { path: { id } } }),
    };
    const perCall = new Map<string, number[]>(Object.keys(calls).map((label) => [label, []]));
    const count = 20_000;
    for (let round = -1; round < rounds; round++) {
      for (const [label, call] of Object.entries(calls)) {
        const cpu = process.cpuUsage();
        for (let i = 0; i < count; i++) await call();
        const used = process.cpuUsage(cpu);
        if (round >= 0) perCall.get(label)?.push((used.user + used.system) / count);
      }
    }
    console.log(`\nclient overhead with a stub fetch (no network), ${count} calls a round`);
    console.log(`${pad('side', 34)}CPU µs/call`);
    for (const [label, values] of perCall)
      console.log(`${pad(label, 34)}${fixed(median(values), 2)}`);
  } finally {
    globalThis.fetch = realFetch;
  }
}
