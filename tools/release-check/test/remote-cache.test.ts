// Scaling past one machine (issue 8): turbo's remote cache on a self-hosted
// turborepo-remote-cache (local storage, 127.0.0.1), with artifact signing. One clean clone
// builds and uploads; a second clean clone restores every task from the server.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Clone, cloneHead, installOffline } from '../src/clean-clone.ts';
import { type RemoteCacheServer, startRemoteCache } from '../src/remote-cache-server.ts';
import { skippedBy, skipRemoteCacheVariable } from '../src/skip-switch.ts';
import { installTestServers } from '../src/test-servers.ts';
import { type TurboRun, turboRun } from '../src/turbo-run.ts';

/** A bounded subset: the types package and everything it depends on (specs, codegen). */
const build = ['build', '--filter=@sms-contracts/types...'];
const team = 'sms-contracts';
const signatureKey = randomBytes(32).toString('hex');

describe.skipIf(skippedBy(skipRemoteCacheVariable))(
  'turbo remote cache shared by two clean clones',
  () => {
    let work: string;
    let cache: RemoteCacheServer | undefined;
    let first: Clone;
    let second: Clone;
    let firstRun: TurboRun;

    const remoteEnv = (key: string) => ({
      TURBO_API: cache?.api ?? '',
      TURBO_TOKEN: cache?.token ?? '',
      TURBO_TEAM: team,
      TURBO_REMOTE_CACHE_SIGNATURE_KEY: key,
    });

    beforeAll(async () => {
      work = mkdtempSync(join(tmpdir(), 'sms-remote-cache-check-'));
      const servers = await installTestServers();
      cache = await startRemoteCache(
        servers,
        join(work, 'server'),
        randomBytes(16).toString('hex'),
      );
      first = await cloneHead(join(work, 'first'));
      second = await cloneHead(join(work, 'second'));
      await installOffline(first);
      await installOffline(second);
    });

    afterAll(async () => {
      await cache?.server.stop();
      if (work) rmSync(work, { recursive: true, force: true });
    });

    it('turbo.json turns artifact signing on', () => {
      const turboJson = JSON.parse(readFileSync(join(first.dir, 'turbo.json'), 'utf8')) as {
        remoteCache?: { signature?: boolean };
      };
      expect(turboJson.remoteCache?.signature, 'turbo.json remoteCache.signature').toBe(true);
    });

    it('the first clone builds every task and uploads it, signed', async () => {
      firstRun = await turboRun(first.dir, build, remoteEnv(signatureKey));
      console.log(`remote-cache-check: first clone: ${describeRun(firstRun)}`);
      expect(firstRun.tasks.length).toBeGreaterThan(0);
      const stored = new Set(readdirSync(join(cache?.storage ?? '', team)));
      for (const task of firstRun.tasks) {
        expect(task, task.taskId).toMatchObject({ status: 'MISS' });
        // The artifact, and the signature turbo sent with it (x-artifact-tag).
        expect(stored, task.taskId).toContain(task.hash);
        expect(stored, task.taskId).toContain(`${task.hash}.tag`);
      }
    });

    it('the second clone restores every task from the remote cache', async () => {
      const run = await turboRun(second.dir, build, remoteEnv(signatureKey));
      console.log(`remote-cache-check: second clone: ${describeRun(run)}`);
      expect(run.tasks.map((task) => task.taskId)).toEqual(
        firstRun.tasks.map((task) => task.taskId),
      );
      for (const task of run.tasks)
        expect(task, task.taskId).toMatchObject({ status: 'HIT', source: 'REMOTE' });
      expect(run.output).toContain('FULL TURBO');
    });

    it('refuses artifacts whose signature does not match its key', async () => {
      // Read-only and remote-only, so these runs neither use the second clone's local cache nor
      // overwrite the server's artifacts. With the right key they hit; with another, they miss.
      const readRemote = [...build, '--cache=remote:r'];
      const control = await turboRun(second.dir, readRemote, remoteEnv(signatureKey));
      for (const task of control.tasks)
        expect(task, task.taskId).toMatchObject({ status: 'HIT', source: 'REMOTE' });
      const run = await turboRun(
        second.dir,
        readRemote,
        remoteEnv(randomBytes(32).toString('hex')),
      );
      console.log(`remote-cache-check: second clone, another signing key: ${describeRun(run)}`);
      expect(run.tasks.map((task) => task.taskId)).toEqual(
        control.tasks.map((task) => task.taskId),
      );
      for (const task of run.tasks) expect(task, task.taskId).toMatchObject({ status: 'MISS' });
    });
  },
);

function describeRun(run: TurboRun): string {
  return run.tasks
    .map((task) => `${task.taskId} ${task.status}${task.source ? ` (${task.source})` : ''}`)
    .join(', ');
}
