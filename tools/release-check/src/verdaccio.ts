import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv } from './child-env.ts';
import { type ChildServer, startChildServer } from './child-server.ts';
import { freePort } from './free-port.ts';

export interface Registry {
  /** `http://127.0.0.1:<port>/`, with the trailing slash npm and pnpm expect. */
  readonly url: string;
  /** The bearer token of the one user, made through the registry's adduser endpoint. */
  readonly token: string;
  /** The `.npmrc` lines that point a client at this registry, authenticated. */
  readonly npmrc: string;
  readonly server: ChildServer;
}

/**
 * A throwaway registry: no uplinks (nothing beyond loopback), storage and users in `workDir`,
 * anyone may read, only an authenticated user may publish. One user is added through
 * `PUT /-/user/org.couchdb.user:<name>`, as `npm adduser` does, and its token returned.
 */
export async function startVerdaccio(serversDir: string, workDir: string): Promise<Registry> {
  mkdirSync(join(workDir, 'storage'), { recursive: true });
  const config = join(workDir, 'config.yaml');
  writeFileSync(
    config,
    [
      'storage: ./storage',
      'auth:',
      '  htpasswd:',
      '    file: ./htpasswd',
      '    max_users: 1',
      'uplinks: {}',
      'packages:',
      "  '**':",
      '    access: $all',
      '    publish: $authenticated',
      '    unpublish: $authenticated',
      'web:',
      '  enable: false',
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const bin = join(serversDir, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
  const server = await startChildServer(
    process.execPath,
    [bin, '--config', config, '--listen', `127.0.0.1:${port}`],
    { cwd: workDir, env: childEnv(), readyUrl: `${url}-/ping`, readyTimeoutMs: 60_000 },
  );
  try {
    const token = await addUser(url, 'release-check');
    const npmrc = `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`;
    return { url, token, npmrc, server };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function addUser(registry: string, name: string): Promise<string> {
  const response = await fetch(`${registry}-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name,
      password: `${name}-${process.pid}-${Date.now()}`,
      type: 'user',
      roles: [],
    }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await response.json()) as { token?: unknown; error?: unknown };
  if (response.status !== 201 || typeof body.token !== 'string') {
    throw new Error(
      `Verdaccio adduser: expected 201 with a token, got ${response.status} ${JSON.stringify(body)}`,
    );
  }
  return body.token;
}
