// What happens when the workspace changes: a new API in the registry, a release tag, a spec edit.
// A stand-in spec-diff echoes its arguments, so the slot's wiring is checked, not spec-diff itself.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../src/build-site.ts';
import { specDiffCliPath } from '../src/unreleased-report.ts';
import { copyFixtureWorkspace } from './support/fixture-workspace.ts';

const workspace = copyFixtureWorkspace();
const root = workspace.root;
const outDir = join(root, 'site');
const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
const git = (...args: string[]) =>
  execFileSync(
    'git',
    ['-C', root, '-c', 'user.name=docs-test', '-c', 'user.email=docs@test.invalid', ...args],
    {
      stdio: 'pipe',
    },
  );

const fakeSpecDiff = `// Stand-in for tools/spec-diff: echoes what it was asked, fails like bad input for gamma.
const [base, head, ...flags] = process.argv.slice(2);
if (head.includes('gamma')) {
  console.error('bad input: cannot read ' + base);
  process.exit(2);
}
console.log('## Changes\\n\\n- base: \`' + base + '\`\\n- head: \`' + head + '\`\\n- flags: \`' + flags.join(' ') + '\`');
process.exit(head.includes('alpha') ? 1 : 0);
`;

function addApi(name: string, title: string) {
  mkdirSync(join(root, 'specs', name), { recursive: true });
  const spec = readFileSync(join(root, 'specs/gamma-sms/openapi.yaml'), 'utf8')
    .replace('title: Gamma Texts', `title: ${title}`)
    .replace('operationId: pingGamma', `operationId: ping${title.replace(/\W/g, '')}`);
  writeFileSync(join(root, 'specs', name, 'openapi.yaml'), spec);
  appendFileSync(join(root, 'redocly.yaml'), `  ${name}:\n    root: specs/${name}/openapi.yaml\n`);
}

beforeAll(() => {
  mkdirSync(join(root, 'tools/spec-diff/src'), { recursive: true });
  writeFileSync(join(root, specDiffCliPath), fakeSpecDiff);
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'first');
});
afterAll(() => workspace.cleanup());

describe('before the first release', () => {
  it('says everything is unreleased', async () => {
    await buildSite({ root, outDir });
    expect(read('unreleased.html')).toContain(
      'No release yet: everything in the API references is unreleased.',
    );
  });
});

describe('after a release, with a new API and an edited spec', () => {
  beforeAll(async () => {
    git('tag', '@sms-contracts/types@1.4.0');
    addApi('delta-sms', 'Delta Notify');
    await buildSite({ root, outDir });
  });

  it('gives the new API a reference page and a place in the navigation, with no change to the tool', () => {
    expect(read('delta-sms/index.html')).toContain(
      '<title>Delta Notify API reference · sms-contracts</title>',
    );
    expect(read('index.html')).toContain('href="delta-sms/index.html"');
    expect(read('changelog.html')).toContain('href="delta-sms/index.html"');
    expect(JSON.parse(read('delta-sms/openapi.json')).info.title).toBe('Delta Notify');
  });

  it('runs spec-diff from the release tag to the working tree, in Markdown', () => {
    const page = read('unreleased.html');
    expect(page).toContain('<h3>Changes</h3>');
    expect(page).toContain(
      'Compared with the last release, <code>@sms-contracts/types@1.4.0</code>.',
    );
    expect(page).toContain(
      'base: <code>@sms-contracts/types@1.4.0:specs/beta-sms/openapi.yaml</code>',
    );
    expect(page).toContain('head: <code>specs/beta-sms/openapi.yaml</code>');
    expect(page).toContain('flags: <code>--format markdown</code>');
  });

  it('keeps the report when spec-diff exits 1 (changes at the fail level)', () => {
    expect(read('unreleased.html')).toContain(
      'base: <code>@sms-contracts/types@1.4.0:specs/alpha-sms/openapi.yaml</code>',
    );
  });

  it('shows what spec-diff said when it fails', () => {
    expect(read('unreleased.html')).toContain(
      'bad input: cannot read @sms-contracts/types@1.4.0:specs/gamma-sms/openapi.yaml',
    );
  });

  it('calls an API that did not exist at the release new', () => {
    const section = read('unreleased.html').split('<h2 id="delta-sms">')[1] ?? '';
    expect(section).toContain('New since the last release: the whole API is unreleased.');
  });
});

describe('a registry API whose spec file is missing', () => {
  it('fails the build naming the registry entry and the file', async () => {
    const broken = copyFixtureWorkspace();
    try {
      cpSync(join(broken.root, 'redocly.yaml'), join(broken.root, 'redocly.yaml.bak'));
      appendFileSync(
        join(broken.root, 'redocly.yaml'),
        '  omega-sms:\n    root: specs/omega-sms/openapi.yaml\n',
      );
      await expect(
        buildSite({ root: broken.root, outDir: join(broken.root, 'site') }),
      ).rejects.toThrow(
        /redocly\.yaml: apis\.omega-sms\.root: expected an OpenAPI file at .*specs\/omega-sms\/openapi\.yaml/,
      );
    } finally {
      broken.cleanup();
    }
  });
});
