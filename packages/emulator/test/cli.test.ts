import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const running: ChildProcess[] = [];

afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

interface Started {
  readonly child: ChildProcess;
  readonly url: string;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
}

/** Spawns the CLI on a free port and waits (bounded) for its ready line. */
function start(args: readonly string[] = []): Promise<Started> {
  const child = spawn(process.execPath, [cli, '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ready line within 15 s:\n${output}`)),
      15_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /sms-emulator ready on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] as string, output: () => output, exited });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before the ready line:\n${output}`));
    });
  });
}

describe('sms-emulator CLI', () => {
  it('prints base URLs and credentials, serves, logs one line per request, stops on SIGTERM with 0', async () => {
    const { child, url, output, exited } = await start();
    expect(output()).toContain(`${url}/gateway-sms`);
    expect(output()).toContain(`${url}/twosms`);
    expect(output()).toContain('Bearer sms-emulator-gateway-token');
    expect(output()).toContain('client_id=sms-emulator-client');

    const response = await fetch(`${url}/gateway-sms/messages/`, {
      headers: { authorization: 'Bearer sms-emulator-gateway-token' },
    });
    expect(response.status).toBe(404);
    await response.arrayBuffer();
    const logged = await waitFor(() => /GET \/gateway-sms\/messages\/ 404/.test(output()));
    expect(logged).toBe(true);
    // The token it printed at start never appears in a request line.
    const requestLines = output()
      .split('\n')
      .filter((line) => line.includes('GET /gateway-sms'));
    expect(requestLines).toHaveLength(1);
    expect(requestLines[0]).not.toContain('sms-emulator-gateway-token');

    child.kill('SIGTERM');
    expect(await exited, output()).toBe(0);
  });

  it('stops on SIGINT with 0 and keeps state across runs with --state-file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sms-emulator-')), 'state.json');
    const first = await start(['--state-file', file]);
    const created = await fetch(`${first.url}/gateway-sms/messages/`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer sms-emulator-gateway-token',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ sender: 'alberto', body: 'kept', recipients: '+39-3470000001' }),
    });
    expect(created.status, first.output()).toBe(201);
    const id = ((await created.json()) as { data: { id: string }[] }).data[0]?.id;
    first.child.kill('SIGINT');
    expect(await first.exited, first.output()).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 1 });

    const second = await start(['--state-file', file]);
    const read = await fetch(`${second.url}/gateway-sms/messages/${id}`, {
      headers: { authorization: 'Bearer sms-emulator-gateway-token' },
    });
    expect(read.status, second.output()).toBe(200);
    second.child.kill('SIGTERM');
    expect(await second.exited, second.output()).toBe(0);
  });

  it('exits 2 with the usage on a bad --port', async () => {
    const child = spawn(process.execPath, [cli, '--port', 'abc'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.push(child);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('--port: expected an integer from 0 to 65535, got "abc"');
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return condition();
}
