import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { childEnv } from './child-env.ts';
import { runCommand } from './run-command.ts';

const template = new URL('../consumer/', import.meta.url).pathname;
const require = createRequire(import.meta.url);

/** The TypeScript compilers a consumer is type-checked with, by the name shown in the output. */
export const compilers: Readonly<Record<string, string>> = {
  'TypeScript 7': join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc'),
  'TypeScript 5.9': join(dirname(require.resolve('typescript-5.9/package.json')), 'bin', 'tsc'),
};

/** The module resolutions a consumer is type-checked under, each a tsconfig of the template. */
export const resolutions = {
  bundler: 'tsconfig.bundler.json',
  node16: 'tsconfig.node16.json',
} as const;

export interface ConsumerOptions {
  readonly dir: string;
  readonly registryUrl: string;
  /** name → exact version, as `dependencies`. */
  readonly dependencies: Readonly<Record<string, string>>;
  /** name → exact version, as `devDependencies`. */
  readonly devDependencies: Readonly<Record<string, string>>;
}

/**
 * Writes a consumer project outside the workspace (the template in `consumer/` plus a
 * package.json and an .npmrc naming the registry) and installs it with plain `npm install`, with
 * a fresh npm cache so nothing comes from an earlier run.
 */
export async function createConsumer(options: ConsumerOptions): Promise<void> {
  mkdirSync(options.dir, { recursive: true });
  cpSync(template, options.dir, { recursive: true });
  writeFileSync(
    join(options.dir, 'package.json'),
    `${JSON.stringify(
      {
        name: 'sms-contracts-consumer',
        private: true,
        type: 'module',
        dependencies: options.dependencies,
        devDependencies: options.devDependencies,
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(join(options.dir, '.npmrc'), `registry=${options.registryUrl}\n`);
  await runCommand('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: options.dir,
    env: childEnv({ npm_config_cache: join(options.dir, '.npm-cache') }),
    timeoutMs: 180_000,
  });
}

/** Type-checks the consumer with `tsc -p <tsconfig>`; resolves with tsc's output. */
export async function typeCheck(dir: string, compiler: string, tsconfig: string): Promise<string> {
  const { stdout } = await runCommand(process.execPath, [compiler, '-p', tsconfig, '--noEmit'], {
    cwd: dir,
    env: childEnv(),
    timeoutMs: 120_000,
  });
  return stdout;
}

/** Compiles the consumer to `dist/` (node16 resolution: what Node itself does). */
export async function compile(dir: string, compiler: string): Promise<void> {
  await runCommand(process.execPath, [compiler, '-p', resolutions.node16], {
    cwd: dir,
    env: childEnv(),
    timeoutMs: 120_000,
  });
}

/** Runs the compiled program with the given Node binary; resolves with what it printed. */
export async function runProgram(dir: string, node: string): Promise<string> {
  const { stdout } = await runCommand(node, ['dist/program.js'], {
    cwd: dir,
    env: childEnv(),
    timeoutMs: 60_000,
  });
  return stdout;
}
