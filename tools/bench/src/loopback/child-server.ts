// Starting and stopping a loopback server that runs in a child process of its own, so its CPU
// time is not the measuring process's. The child prints its base URL on its first stdout line
// and answers a "cpu" IPC message with its CPU time (user + system, µs).
import { type ChildProcess, spawn } from 'node:child_process';

export interface ChildServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** The child's CPU time so far, in microseconds. */
  cpuMicros(): Promise<number>;
  stop(): void;
}

export function startChildServer(
  script: string,
  args: readonly string[] = [],
): Promise<ChildServer> {
  const child: ChildProcess = spawn(process.execPath, [script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script}: no URL printed within 15 s`));
    }, 15_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script}: exited with code ${code} before it printed its URL`));
    });
    child.stdout?.once('data', (chunk: Buffer) => {
      clearTimeout(timer);
      const url = chunk.toString().trim().split('\n')[0] ?? '';
      if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) {
        child.kill('SIGKILL');
        reject(new Error(`${script}: expected a loopback URL on its first line, got ${url}`));
        return;
      }
      resolve({
        url,
        cpuMicros: () =>
          new Promise((answer) => {
            child.once('message', (message) =>
              answer((message as { cpuMicros: number }).cpuMicros),
            );
            child.send('cpu');
          }),
        stop: () => child.kill('SIGTERM'),
      });
    });
  });
}

/** Child side: answer CPU queries, and exit when the parent goes away. */
export function serveChildProtocol(url: string): void {
  process.on('message', () => {
    const { user, system } = process.cpuUsage();
    process.send?.({ cpuMicros: user + system });
  });
  process.on('disconnect', () => process.exit(0));
  process.stdout.write(`${url}\n`);
}
