import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from './support/run-cli.ts';

// A required request property added (ERR); an optional one added (INFO); one removed (WARN).
const mixed = [
  'request-required-property-added/base.yaml',
  'request-required-property-added/head.yaml',
];
const infoOnly = [
  'request-optional-property-added/base.yaml',
  'request-optional-property-added/head.yaml',
];
const warningOnly = [
  'request-optional-property-removed/base.yaml',
  'request-optional-property-removed/head.yaml',
];

const ids = (stdout: string): string[] =>
  JSON.parse(stdout).changes.map((change: { id: string }) => change.id);

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'spec-diff-cli-')), 'list.txt');
  writeFileSync(path, text);
  return path;
}

describe('breaking and changelog', () => {
  test('breaking (the default) lists ERR and WARN only; changelog lists INFO too', async () => {
    expect(ids((await run([...infoOnly, '--format', 'json'])).stdout)).toEqual([]);
    expect(ids((await run(['breaking', ...infoOnly, '--format', 'json'])).stdout)).toEqual([]);
    expect(ids((await run(['changelog', ...infoOnly, '--format', 'json'])).stdout)).toEqual([
      'new-optional-request-property',
    ]);
    expect((await run(['changelog', ...mixed])).code).toBe(1);
  });

  test('a third positional argument is bad usage', async () => {
    const result = await run(['changelog', ...infoOnly, 'extra.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('expected <base> and <head>, got 3 arguments');
  });
});

describe('--err-ignore and --warn-ignore', () => {
  test('a line naming the operation and the rule id leaves that change out', async () => {
    const ignore = file('# accepted in review\npost /messages new-required-request-property\n');
    const result = await run([...mixed, '--err-ignore', ignore, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(ids(result.stdout)).toEqual([]);
  });

  test('the line must name the operation, and a WARN list does not hide an ERR', async () => {
    const otherOperation = file('GET /messages new-required-request-property\n');
    expect((await run([...mixed, '--err-ignore', otherOperation])).code).toBe(1);
    const wrongLevel = file('POST /messages new-required-request-property\n');
    expect((await run([...mixed, '--warn-ignore', wrongLevel])).code).toBe(1);
  });

  test('the message of the change works as well as its id', async () => {
    const ignore = file(
      'POST /messages removed: requests that still send it may be rejected or have it ignored.\n',
    );
    const result = await run([...warningOnly, '--warn-ignore', ignore, '--format', 'json']);
    expect(ids(result.stdout)).toEqual([]);
  });

  test('a missing ignore file is bad input', async () => {
    const result = await run([...mixed, '--err-ignore', 'no-such-file.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--err-ignore');
  });
});

describe('--include-checks', () => {
  test('raises the named checks to ERR', async () => {
    expect((await run([...warningOnly])).code).toBe(0);
    const result = await run([
      ...warningOnly,
      '--include-checks',
      'request-property-removed',
      '--format',
      'json',
    ]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).changes[0]).toMatchObject({
      level: 'ERR',
      defaultLevel: 'WARN',
    });
  });

  test('an unknown id is bad usage', async () => {
    const result = await run([...warningOnly, '--include-checks', 'no-such-check']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--include-checks: no rule is called no-such-check');
  });
});

describe('--deprecation-days-stable and --deprecation-days-beta', () => {
  const deprecated = ['operation-deprecated/base.yaml', 'operation-deprecated/head.yaml'];

  test('a deprecation without x-sunset is an error once days of notice are asked for', async () => {
    expect((await run(deprecated)).code).toBe(0);
    const result = await run([...deprecated, '--deprecation-days-stable', '180']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('api-deprecated-sunset-missing');
  });

  test('days must be a whole number', async () => {
    const result = await run([...deprecated, '--deprecation-days-beta', 'soon']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--deprecation-days-beta: expected a whole number of days');
  });
});
