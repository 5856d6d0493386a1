import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv } from './child-env.ts';
import { type ChildServer, startChildServer } from './child-server.ts';
import { freePort } from './free-port.ts';

export interface RemoteCacheServer {
  /** The value for `TURBO_API`: `http://127.0.0.1:<port>`. */
  readonly api: string;
  /** The value for `TURBO_TOKEN`: the one token this server accepts. */
  readonly token: string;
  /** Where the artifacts are stored (local storage provider). */
  readonly storage: string;
  readonly server: ChildServer;
}

/**
 * Starts turborepo-remote-cache on 127.0.0.1 with the local storage provider in `workDir` and
 * one static token. `TURBO_REMOTE_CACHE_SIGNATURE_KEY` is set on the server only so that it
 * stores and returns each artifact's signature (`x-artifact-tag`); turbo signs and verifies.
 */
export async function startRemoteCache(
  serversDir: string,
  workDir: string,
  token: string,
): Promise<RemoteCacheServer> {
  const storage = join(workDir, 'artifacts');
  mkdirSync(storage, { recursive: true });
  const port = await freePort();
  const api = `http://127.0.0.1:${port}`;
  const cli = join(serversDir, 'node_modules', 'turborepo-remote-cache', 'dist', 'cli.js');
  const server = await startChildServer(process.execPath, [cli], {
    cwd: workDir,
    env: childEnv({
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      STORAGE_PROVIDER: 'local',
      STORAGE_PATH: storage,
      STORAGE_PATH_USE_TMP_FOLDER: 'false',
      TURBO_TOKEN: token,
      TURBO_REMOTE_CACHE_SIGNATURE_KEY: 'store-artifact-tags',
      LOG_LEVEL: 'warn',
    }),
    readyUrl: `${api}/v8/artifacts/status`,
    readyHeaders: { authorization: `Bearer ${token}` },
    readyTimeoutMs: 60_000,
  });
  return { api, token, storage, server };
}
