// The size test: GitHub's REST API spec (@octokit/openapi, 13 MB, 1,100+ operations, OpenAPI 3.0.3
// upgraded to 3.1 at bundle time) generates types that a strict consumer type-checks. Times are
// printed for the record, never asserted.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '@sms-contracts/codegen';
import { defaultApiSettings, repoRoot } from '@sms-contracts/specs/registry';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './support/run.ts';

const githubSpec = createRequire(import.meta.url).resolve(
  '@octokit/openapi/generated/api.github.com.json',
);
const outRoot = mkdtempSync(join(tmpdir(), 'sms-github-'));
const typesDir = join(outRoot, 'packages', 'types');

afterAll(() => rmSync(outRoot, { recursive: true, force: true }));

describe("GitHub's REST API spec", () => {
  it('generates types', async () => {
    mkdirSync(join(typesDir, 'src'), { recursive: true });
    writeFileSync(join(typesDir, 'package.json'), '{ "name": "@x/types", "exports": {} }\n');
    const started = performance.now();
    const { changed } = await generate({
      apis: [{ name: 'github', root: githubSpec, settings: defaultApiSettings }],
      outRoot,
      only: ['types'],
    });
    console.info(
      `github: types generated in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(changed).toContain('packages/types/src/github.gen.ts');
  });

  it('type-checks a consumer under strict TypeScript', async () => {
    writeFileSync(
      join(typesDir, 'src', 'consumer.ts'),
      [
        "import type { components, paths, Repository } from './github.gen.ts';",
        "export type Repo = components['schemas']['repository'];",
        "export const fullName: Repo['full_name'] | undefined = undefined;",
        'export const same: Repository | undefined = undefined as Repo | undefined;',
        "export type ListRepos = paths['/user/repos']['get'];",
        '// @ts-expect-error: the types know which paths exist',
        "export type Missing = paths['/no/such/path'];",
        '',
      ].join('\n'),
    );
    const started = performance.now();
    const { code, output } = await run(
      join(repoRoot, 'node_modules/.bin/tsc'),
      [
        '--strict',
        '--noEmit',
        '--allowImportingTsExtensions',
        '--target',
        'es2022',
        '--module',
        'nodenext',
        'src/consumer.ts',
      ],
      typesDir,
    );
    console.info(
      `github: consumer type-checked in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(output).toBe('');
    expect(code).toBe(0);
  });
});
