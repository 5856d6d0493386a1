import { type ChildProcess, spawn } from 'node:child_process';
import { killGroup } from './run-command.ts';

export interface ChildServer {
  /** Everything the server printed so far (for error messages). */
  output(): string;
  /** Stops the server (SIGTERM, then SIGKILL after `graceMs`) and resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

export interface StartOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** A URL that answers 2xx once the server is ready. */
  readonly readyUrl: string;
  /** Request headers for `readyUrl` (e.g. a token). */
  readonly readyHeaders?: Readonly<Record<string, string>>;
  /** Give up (and stop the server) after this long. */
  readonly readyTimeoutMs: number;
}

const pollIntervalMs = 150;

/**
 * Starts a server process and resolves once `readyUrl` answers 2xx; rejects with the server's
 * output if it exits first or is not ready within `readyTimeoutMs`.
 */
export async function startChildServer(
  command: string,
  args: readonly string[],
  options: StartOptions,
): Promise<ChildServer> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const collect = (chunk: string) => {
    output += chunk;
  };
  child.stdout?.setEncoding('utf8').on('data', collect);
  child.stderr?.setEncoding('utf8').on('data', collect);
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });

  const server: ChildServer = {
    output: () => output,
    stop: (graceMs = 5000) => stopChild(child, exited, () => hasExited, graceMs),
  };

  const deadline = Date.now() + options.readyTimeoutMs;
  while (Date.now() < deadline) {
    if (hasExited) {
      throw new Error(
        `${command} ${args.join(' ')} exited before ${options.readyUrl} answered:\n${output}`,
      );
    }
    if (await answers(options.readyUrl, options.readyHeaders)) return server;
    await new Promise((resolve) => setTimeout(resolve, pollIntervalMs));
  }
  await server.stop();
  throw new Error(
    `${command} ${args.join(' ')}: ${options.readyUrl} did not answer 2xx within ${options.readyTimeoutMs} ms:\n${output}`,
  );
}

async function answers(
  url: string,
  headers: Readonly<Record<string, string>> = {},
): Promise<boolean> {
  try {
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(2000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

async function stopChild(
  child: ChildProcess,
  exited: Promise<void>,
  hasExited: () => boolean,
  graceMs: number,
): Promise<void> {
  if (hasExited()) return;
  killGroup(child.pid, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
