// Benchmark (not a test): requests per second and p99 latency at concurrency 64 on loopback for
// a Gateway SMS PUT /messages/{id} that appends 10 recipients to an open transaction, side by
// side with a bare Hono server (same adapter) answering the same PUT with a fixed JSON body.
// Each server runs in its own child process, the load generator here; rounds alternate
// bare/emulator and the medians are reported. Bounded: ROUNDS × REQUESTS requests per server.
//
//   node bench/emulator-bench.ts [--rounds 5] [--requests 20000] [--concurrency 64]
import { type ChildProcess, spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const token = 'sms-emulator-gateway-token';
const self = fileURLToPath(import.meta.url);

const { values } = parseArgs({
  options: {
    serve: { type: 'string' },
    rounds: { type: 'string', default: '5' },
    requests: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '64' },
  },
});

/** Child mode: start one server on a free port and print it. */
async function serve(kind: string): Promise<void> {
  let url: string;
  if (kind === 'emulator') {
    const { createEmulator } = await import('../src/index.ts');
    const emulator = createEmulator({ gatewaySms: { credit: 1e9 } });
    url = (await emulator.listen(0)).url;
  } else {
    const { Hono } = await import('hono');
    const { serve: serveNode } = await import('@hono/node-server');
    const app = new Hono();
    const fixed = JSON.stringify({
      data: { id: '5d4436469f272566771c6671' },
      success: true,
      message: 'Updated',
      error: null,
    });
    app.post('/gateway-sms/messages/', (c) =>
      c.json({ data: [{ id: '5d4436469f272566771c6671' }], success: true }, 201),
    );
    app.put('/gateway-sms/messages/:id', async (c) => {
      await c.req.raw.arrayBuffer();
      return c.body(fixed, 200, { 'content-type': 'application/json' });
    });
    const server = serveNode({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    const address = server.address() as { port: number };
    url = `http://127.0.0.1:${address.port}`;
  }
  // The parent asks for CPU time over IPC: server CPU per request is steadier than req/s on a
  // shared machine, where the load generator competes for the same cores.
  process.on('message', () => {
    const { user, system } = process.cpuUsage();
    process.send?.({ cpuMicros: user + system });
  });
  process.stdout.write(`${url}\n`);
}

interface Server {
  readonly child: ChildProcess;
  readonly url: string;
}

function startServer(kind: string): Promise<Server> {
  const child = spawn(process.execPath, [self, '--serve', kind], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start`)), 15_000);
    child.stdout?.once('data', (chunk: Buffer) => {
      clearTimeout(timer);
      resolve({ child, url: chunk.toString().trim() });
    });
  });
}

interface RoundResult {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  /** Server CPU time (user + system) per request, in microseconds. */
  readonly cpu: number;
}

function serverCpu(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.child.once('message', (message: { cpuMicros: number }) => resolve(message.cpuMicros));
    server.child.send('cpu');
  });
}

function send(
  agent: Agent,
  url: URL,
  method: string,
  body: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        agent,
        method,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
        timeout: 10_000,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

let numberSeed = 0;
function tenRecipients(): string {
  const recipients = Array.from({ length: 10 }, () => {
    numberSeed += 1;
    return `+39-3${String(numberSeed).padStart(9, '0')}`;
  });
  return JSON.stringify({ recipients, transaction: true });
}

async function openTransaction(base: string, agent: Agent): Promise<string> {
  const answer = await send(
    agent,
    new URL(`${base}/gateway-sms/messages/`),
    'POST',
    JSON.stringify({ sender: 'bench', body: 'Hello {{name}}', recipients: [], transaction: true }),
  );
  const id = (JSON.parse(answer.text) as { data?: { id: string }[] }).data?.[0]?.id;
  if (answer.status !== 201 || !id)
    throw new Error(`POST /messages/ gave ${answer.status}: ${answer.text}`);
  return id;
}

async function round(server: Server, requests: number, concurrency: number): Promise<RoundResult> {
  const base = server.url;
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  // A fresh transaction per round, so every round appends to a message of the same size.
  const url = new URL(`${base}/gateway-sms/messages/${await openTransaction(base, agent)}`);
  const latencies = new Float64Array(requests);
  let next = 0;
  let failures = 0;
  const cpuBefore = await serverCpu(server);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < requests; i = next++) {
        const body = tenRecipients();
        const t0 = performance.now();
        const answer = await send(agent, url, 'PUT', body);
        latencies[i] = performance.now() - t0;
        if (answer.status !== 200) failures += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = ((await serverCpu(server)) - cpuBefore) / requests;
  agent.destroy();
  if (failures > 0) throw new Error(`${failures} of ${requests} requests failed`);
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { rps: requests / seconds, p50: at(0.5), p99: at(0.99), cpu };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function main(rounds: number, requests: number, concurrency: number): Promise<void> {
  const bare = await startServer('bare');
  const emulator = await startServer('emulator');
  try {
    // Warm both up (JIT, sockets) before measuring.
    await round(bare, 2_000, concurrency);
    await round(emulator, 2_000, concurrency);
    const results: Record<'bare' | 'emulator', RoundResult[]> = { bare: [], emulator: [] };
    for (let r = 0; r < rounds; r += 1) {
      results.bare.push(await round(bare, requests, concurrency));
      results.emulator.push(await round(emulator, requests, concurrency));
      const last = (kind: 'bare' | 'emulator') =>
        results[kind][results[kind].length - 1] as RoundResult;
      console.error(
        `round ${r + 1}/${rounds}: bare ${last('bare').rps.toFixed(0)} req/s p99 ${last('bare').p99.toFixed(1)} ms; emulator ${last('emulator').rps.toFixed(0)} req/s p99 ${last('emulator').p99.toFixed(1)} ms`,
      );
    }
    const summary = (kind: 'bare' | 'emulator') => ({
      rps: median(results[kind].map((x) => x.rps)),
      p50: median(results[kind].map((x) => x.p50)),
      p99: median(results[kind].map((x) => x.p99)),
      cpu: median(results[kind].map((x) => x.cpu)),
    });
    const b = summary('bare');
    const e = summary('emulator');
    const row = (name: string, s: RoundResult) =>
      `${name.padEnd(28)} ${s.rps.toFixed(0).padStart(7)} req/s   p50 ${s.p50.toFixed(2).padStart(6)} ms   p99 ${s.p99.toFixed(2).padStart(6)} ms   server CPU ${s.cpu.toFixed(0).padStart(4)} µs/req`;
    console.log(
      [
        `PUT /messages/{id} appending 10 recipients, concurrency ${concurrency}, ${rounds} alternating rounds of ${requests} requests, medians (node ${process.version})`,
        row('bare Hono (fixed response)', b),
        row('sms-emulator (Gateway SMS)', e),
        `throughput ratio bare/emulator: ${(b.rps / e.rps).toFixed(2)}x (goal: <= 2x); p99 ratio: ${(e.p99 / b.p99).toFixed(2)}x; server CPU ratio: ${(e.cpu / b.cpu).toFixed(2)}x`,
      ].join('\n'),
    );
  } finally {
    bare.child.kill('SIGTERM');
    emulator.child.kill('SIGTERM');
  }
}

// Last, so every module-level binding above is initialised before it runs.
if (values.serve) {
  await serve(values.serve);
} else {
  await main(Number(values.rounds), Number(values.requests), Number(values.concurrency));
}
