import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ChangesetError, parseChangeset } from '../src/gate/changesets.ts';
import { lastReleaseTag } from '../src/gate/release-base.ts';
import { runGate } from '../src/gate/run-gate.ts';
import { createGitFixture, type GitFixture } from './git-fixture.ts';

const published = ['@sms-contracts/client', '@sms-contracts/types'];

const spec = (messageProperties: string, extra = '') => `openapi: 3.1.0
info: {title: Gate fixture, version: 1.0.0}
paths:
  /messages:
    post:
      operationId: sendMessage
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
${messageProperties}
      responses:
        '201': {description: Created${extra}}
`;
const textOnly = '                text: {type: string}';
const withRequiredPriority = `${textOnly}\n                priority: {type: integer}\n              required: [priority]`;
const withOptionalPriority = `${textOnly}\n                priority: {type: integer}`;

let repo: GitFixture;
const gate = () =>
  runGate({
    root: repo.root,
    apis: [{ name: 'sms', root: join(repo.root, 'specs/sms/openapi.yaml') }],
  });
const changeset = (name: string, bump?: string) =>
  repo.write(
    `.changeset/${name}.md`,
    bump ? `---\n"@sms-contracts/types": ${bump}\n---\n\nA sentence for users.\n` : '---\n---\n',
  );

beforeEach(() => {
  repo = createGitFixture();
  repo.write('.changeset/config.json', JSON.stringify({ fixed: [published] }));
  repo.write('.changeset/README.md', 'Changesets live here.\n');
  repo.write(
    'packages/types/package.json',
    JSON.stringify({ name: '@sms-contracts/types', version: '1.0.0' }),
  );
  repo.write('packages/types/src/index.ts', 'export {};\n');
  repo.write('specs/sms/openapi.yaml', spec(textOnly));
  repo.commit('first release');
  repo.git('tag', '@sms-contracts/types@1.0.0');
});

afterEach(() => repo.dispose());

// Each case commits to a real git repository and diffs two revisions: seconds, not milliseconds.
describe('spec-gate', { timeout: 30_000 }, () => {
  test('passes when nothing changed since the release', async () => {
    const result = await gate();
    expect(result.required).toBe('nothing');
    expect(result.ok).toBe(true);
  });

  test('fails on a breaking change without a major changeset, and names the file to add', async () => {
    repo.write('specs/sms/openapi.yaml', spec(withRequiredPriority));
    changeset('small-fix', 'minor');
    const result = await gate();
    expect(result.required).toBe('major');
    expect(result.ok).toBe(false);
    expect(result.output).toContain('new-required-request-property');
    expect(result.output).toContain('POST /messages request body application/json: priority');
    expect(result.output).toContain('.changeset/api-breaking-change.md');
    expect(result.output).toContain('"@sms-contracts/types": major');
    expect(result.output).toContain('"@sms-contracts/client": major');
  });

  test('applies the policy: a maximum where there was none is WARN in oasdiff, ERR for the gate', async () => {
    const withMaximum = '                text: {type: string, maxLength: 160}';
    repo.write('specs/sms/openapi.yaml', spec(withMaximum));
    changeset('small-fix', 'minor');
    const result = await gate();
    expect(result.required).toBe('major');
    expect(result.ok).toBe(false);
    const [found] = result.reports[0]?.report.changes ?? [];
    expect(found).toMatchObject({
      id: 'request-property-max-length-set',
      level: 'ERR',
      defaultLevel: 'WARN',
    });
    expect(found?.policy).toContain('rejects requests that were valid');
  });

  test('passes a breaking change with a pending major changeset', async () => {
    repo.write('specs/sms/openapi.yaml', spec(withRequiredPriority));
    changeset('priority-required', 'major');
    const result = await gate();
    expect(result.required).toBe('major');
    expect(result.ok).toBe(true);
  });

  test('compares with the last release, not with the last commit', async () => {
    repo.write('specs/sms/openapi.yaml', spec(withRequiredPriority));
    repo.commit('unreleased breaking change');
    expect((await gate()).required).toBe('major');
  });

  test('needs at least a minor changeset for a warning', async () => {
    repo.write(
      'specs/sms/openapi.yaml',
      spec("                text: {type: string, pattern: '^[a-z]*$'}"),
    );
    repo.commit('pattern');
    repo.git('tag', '@sms-contracts/types@1.1.0');
    repo.write(
      'specs/sms/openapi.yaml',
      spec("                text: {type: string, pattern: '^[a-z0-9]*$'}"),
    );
    changeset('pattern', 'patch');
    const patchOnly = await gate();
    expect(patchOnly.required).toBe('minor');
    expect(patchOnly.ok).toBe(false);
    changeset('pattern', 'minor');
    expect((await gate()).ok).toBe(true);
  });

  test('fails on an unmarked change under specs/ without any changeset', async () => {
    repo.write('specs/sms/openapi.yaml', spec(withOptionalPriority));
    const result = await gate();
    expect(result.required).toBe('any-changeset');
    expect(result.ok).toBe(false);
    expect(result.output).toContain('pnpm changeset --empty');
    expect(result.output).toContain('.changeset/not-user-facing.md');
  });

  test('fails on a change under packages/*/src without any changeset', async () => {
    repo.write('packages/types/src/index.ts', 'export const answer = 42;\n');
    const result = await gate();
    expect(result.required).toBe('any-changeset');
    expect(result.ok).toBe(false);
  });

  test('passes an unmarked change with an empty changeset (not user-facing)', async () => {
    repo.write('packages/types/src/index.ts', 'export const answer = 42;\n');
    changeset('refactor');
    const result = await gate();
    expect(result.ok).toBe(true);
    expect(result.output).toContain('not user-facing');
  });

  test('an empty changeset does not cover a breaking change', async () => {
    repo.write('specs/sms/openapi.yaml', spec(withRequiredPriority));
    changeset('refactor');
    expect((await gate()).ok).toBe(false);
  });

  test('before the first release, compares with the first commit that has the spec', async () => {
    repo.git('tag', '--delete', '@sms-contracts/types@1.0.0');
    repo.write('specs/sms/openapi.yaml', spec(withRequiredPriority));
    const result = await gate();
    expect(result.output).toContain('nothing has been released yet');
    expect(result.required).toBe('major');
  });
});

describe('lastReleaseTag', () => {
  test('picks the highest semver among the published packages, not the newest or the last in text order', () => {
    for (const tag of [
      '@sms-contracts/types@1.10.0',
      '@sms-contracts/types@1.9.3',
      '@sms-contracts/types@2.0.0-next.1',
      '@other/pkg@9.0.0',
    ]) {
      repo.git('tag', tag);
    }
    expect(lastReleaseTag(repo.root, published)).toBe('@sms-contracts/types@2.0.0-next.1');
    repo.git('tag', '@sms-contracts/client@2.0.0');
    expect(lastReleaseTag(repo.root, published)).toBe('@sms-contracts/client@2.0.0');
  });
});

describe('parseChangeset', () => {
  test('reads package bumps, quoted or not', () => {
    const parsed = parseChangeset(
      '.changeset/a.md',
      '---\n"@sms-contracts/types": major\n@sms-contracts/client: patch\n---\n\nText.\n',
    );
    expect([...parsed.bumps]).toEqual([
      ['@sms-contracts/types', 'major'],
      ['@sms-contracts/client', 'patch'],
    ]);
  });

  test('says which line is wrong', () => {
    expect(() =>
      parseChangeset('.changeset/a.md', '---\n"@sms-contracts/types": huge\n---\n'),
    ).toThrow(ChangesetError);
    expect(() =>
      parseChangeset('.changeset/a.md', '---\n"@sms-contracts/types": huge\n---\n'),
    ).toThrow('.changeset/a.md:2');
  });
});
