import { spawn } from 'node:child_process';

export interface RunOptions {
  readonly cwd: string;
  /** The child's whole environment (see `childEnv`); never merged with this process's. */
  readonly env: NodeJS.ProcessEnv;
  /** The command is killed (with its process group) after this long. */
  readonly timeoutMs: number;
}

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
}

/** How many trailing output lines an error quotes: enough to see why, short enough to read. */
const quotedLines = 60;

/** A command that exited non-zero, or ran out of time; its message quotes the end of the output. */
export class CommandError extends Error {
  /** Everything the command printed, stdout and stderr interleaved. */
  readonly output: string;

  constructor(commandLine: string, cwd: string, outcome: string, output: string) {
    const tail = output.trimEnd().split('\n').slice(-quotedLines).join('\n');
    super(`${commandLine} (in ${cwd}) ${outcome}; last output:\n${tail}`);
    this.name = 'CommandError';
    this.output = output;
  }
}

/**
 * Runs a command to completion and returns its output; throws a {@link CommandError} on a
 * non-zero exit or when `timeoutMs` passes (the whole process group is killed then).
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<RunResult> {
  const commandLine = [command, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a timeout ends grandchildren too (pnpm → turbo → tsc).
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    let both = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      both += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      both += chunk;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new CommandError(commandLine, options.cwd, `could not start: ${error.message}`, both));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) {
        reject(
          new CommandError(
            commandLine,
            options.cwd,
            `did not finish within ${options.timeoutMs} ms`,
            both,
          ),
        );
      } else if (code !== 0) {
        const outcome = signal ? `was killed by ${signal}` : `exited with ${code}`;
        reject(new CommandError(commandLine, options.cwd, outcome, both));
      } else {
        resolve({ stdout, stderr });
      }
    });
  });
}

/** Kills a detached child's process group (the child and everything it started). */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
