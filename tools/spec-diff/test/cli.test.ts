import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createGitFixture, type GitFixture } from './git-fixture.ts';
import { run } from './support/run-cli.ts';

const breaking = [
  'request-required-property-added/base.yaml',
  'request-required-property-added/head.yaml',
];
const warningOnly = [
  'request-optional-property-removed/base.yaml',
  'request-optional-property-removed/head.yaml',
];
const infoOnly = [
  'request-optional-property-added/base.yaml',
  'request-optional-property-added/head.yaml',
];

describe('spec-diff exit codes', () => {
  test('0 when nothing is at the fail level', async () => {
    expect((await run(infoOnly)).code).toBe(0);
    expect((await run(warningOnly)).code).toBe(0);
  });

  test('1 when a change is at the fail level', async () => {
    expect((await run(breaking)).code).toBe(1);
    expect((await run([...warningOnly, '--fail-on', 'WARN'])).code).toBe(1);
    expect((await run([...infoOnly, '--fail-on=WARN'])).code).toBe(0);
  });

  test('2 on a missing file, naming it', async () => {
    const result = await run(['no-such-case/base.yaml', breaking[1] as string]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no-such-case/base.yaml: no such file');
  });

  test('2 on bad usage', async () => {
    expect((await run([breaking[0] as string])).stderr).toContain('expected <base> and <head>');
    expect((await run([...breaking, '--format', 'pdf'])).code).toBe(2);
    expect((await run([...breaking, '--fail-on', 'INFO'])).stderr).toContain(
      'expected ERR or WARN',
    );
  });
});

describe('spec-diff on bad specs', () => {
  let repo: GitFixture;
  beforeAll(() => {
    repo = createGitFixture();
    repo.write('swagger.yaml', 'swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths: {}\n');
    repo.write('broken.yaml', 'openapi: 3.1.0\ninfo: [\n');
    repo.write(
      'dangling.yaml',
      [
        'openapi: 3.1.0',
        'info: {title: t, version: "1"}',
        'paths:',
        '  /x:',
        '    get:',
        '      responses:',
        "        '200':",
        '          description: ok',
        '          content:',
        '            application/json:',
        "              schema: {$ref: './schemas.yaml#/Missing'}",
        '',
      ].join('\n'),
    );
    repo.write('schemas.yaml', 'Present: {type: string}\n');
    repo.write('ok.yaml', 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\n');
  });
  afterAll(() => repo.dispose());

  test('not OpenAPI: says what was found', async () => {
    const result = await run(['swagger.yaml', 'ok.yaml'], repo.root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('swagger.yaml: expected an OpenAPI 3.x document');
    expect(result.stderr).toContain('swagger: 2.0');
  });

  test('not YAML: says where', async () => {
    const result = await run(['broken.yaml', 'ok.yaml'], repo.root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/broken\.yaml.*not valid YAML/);
  });

  test('unresolvable $ref: names the file, line and pointer', async () => {
    const result = await run(['ok.yaml', 'dangling.yaml'], repo.root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('dangling.yaml:11:');
    expect(result.stderr).toContain("Can't resolve $ref");
  });
});

describe('spec-diff with git refs', () => {
  let repo: GitFixture;
  const spec = (schema: string) =>
    `openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /messages:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: './schemas/message.yaml'}
      responses:
        '201': {description: Created}
`.replace('{$ref', `{$ref`) + schema;
  beforeAll(() => {
    repo = createGitFixture();
    repo.write('specs/api/openapi.yaml', spec(''));
    repo.write(
      'specs/api/schemas/message.yaml',
      'type: object\nproperties:\n  text: {type: string, maxLength: 160}\n',
    );
    repo.commit('v1');
    repo.git('tag', 'v1');
    repo.write(
      'specs/api/schemas/message.yaml',
      'type: object\nproperties:\n  text: {type: string, maxLength: 70}\n',
    );
    repo.commit('v2');
  });
  afterAll(() => repo.dispose());

  test('reads <ref>:<path>, split files included, from the ref', async () => {
    const result = await run(
      ['v1:specs/api/openapi.yaml', 'specs/api/openapi.yaml', '--format', 'json'],
      repo.root,
    );
    expect(result.stderr).toBe('');
    const changes = JSON.parse(result.stdout).changes;
    expect(changes.map((change: { id: string }) => change.id)).toEqual([
      'request-property-max-length-decreased',
    ]);
    expect(result.code).toBe(1);
  });

  test('the same ref on both sides has no changes', async () => {
    const result = await run(
      ['v1:specs/api/openapi.yaml', 'HEAD~1:specs/api/openapi.yaml'],
      repo.root,
    );
    expect(result.stdout).toContain('no changes');
    expect(result.code).toBe(0);
  });

  test('a bad ref is bad input', async () => {
    const result = await run(['v9:specs/api/openapi.yaml', 'specs/api/openapi.yaml'], repo.root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"v9" is not a commit, branch or tag');
  });

  test('a path missing at the ref is bad input', async () => {
    const result = await run(['v1:specs/nope.yaml', 'specs/api/openapi.yaml'], repo.root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no file "specs/nope.yaml" at v1');
  });
});
