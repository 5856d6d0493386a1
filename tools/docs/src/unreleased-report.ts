// The "what is coming" slot: for each API, tools/spec-diff's Markdown report of the spec as of the
// last release tag against the working tree. Says plainly when there is no spec-diff or no release.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { RegisteredApi } from './api-source.ts';

const run = promisify(execFile);

/** Where spec-diff's CLI lives in a workspace; the slot stays empty until it exists. */
export const specDiffCliPath = 'tools/spec-diff/src/cli.ts';

/** Glob of the tags `changeset tag` creates for our packages, e.g. `@sms-contracts/types@1.2.0`. */
export const releaseTagPattern = '@sms-contracts/*@*';

export type ApiChanges =
  | { readonly api: string; readonly kind: 'report'; readonly markdown: string }
  | { readonly api: string; readonly kind: 'new-api' }
  | { readonly api: string; readonly kind: 'error'; readonly message: string };

export type UnreleasedReport =
  | { readonly kind: 'not-available'; readonly reason: string }
  | { readonly kind: 'no-release' }
  | { readonly kind: 'report'; readonly releaseTag: string; readonly apis: readonly ApiChanges[] };

async function git(root: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['-C', root, ...args], { timeout: 30_000 });
    return stdout.trim();
  } catch {
    return undefined;
  }
}

/** The newest release tag reachable from HEAD, if any. */
export function latestReleaseTag(root: string): Promise<string | undefined> {
  return git(root, ['describe', '--tags', '--abbrev=0', `--match=${releaseTagPattern}`, 'HEAD']);
}

async function diffApi(root: string, api: RegisteredApi, tag: string): Promise<ApiChanges> {
  const path = relative(root, api.root).split('\\').join('/');
  if ((await git(root, ['cat-file', '-e', `${tag}:${path}`])) === undefined) {
    return { api: api.name, kind: 'new-api' };
  }
  const args = [join(root, specDiffCliPath), `${tag}:${path}`, path, '--format', 'markdown'];
  try {
    const { stdout } = await run(process.execPath, args, { cwd: root, timeout: 120_000 });
    return { api: api.name, kind: 'report', markdown: stdout };
  } catch (error) {
    const failure = error as { code?: unknown; stdout?: string; stderr?: string };
    // Exit 1 means "changes at the fail level": still a report, not a failure.
    if (failure.code === 1 && failure.stdout) {
      return { api: api.name, kind: 'report', markdown: failure.stdout };
    }
    const message = (failure.stderr || (error as Error).message).trim();
    return {
      api: api.name,
      kind: 'error',
      message: `spec-diff ${args.slice(1).join(' ')}: ${message}`,
    };
  }
}

/** Run spec-diff for every API against the last release, when both exist. */
export async function buildUnreleasedReport(
  root: string,
  apis: readonly RegisteredApi[],
): Promise<UnreleasedReport> {
  if (!existsSync(join(root, specDiffCliPath))) {
    return { kind: 'not-available', reason: `${specDiffCliPath} does not exist yet` };
  }
  const releaseTag = await latestReleaseTag(root);
  if (!releaseTag) return { kind: 'no-release' };
  const changes: ApiChanges[] = [];
  for (const api of apis) changes.push(await diffApi(root, api, releaseTag));
  return { kind: 'report', releaseTag, apis: changes };
}
