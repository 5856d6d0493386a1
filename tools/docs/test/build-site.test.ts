// The site built from the three-API fixture workspace, checked file by file (no browser here).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { registryFileApiSource } from '../src/api-source.ts';
import { type BuiltSite, buildSite } from '../src/build-site.ts';
import { findRemoteAssets } from '../src/localize-redoc-assets.ts';
import { fixtureRoot, scratchDir } from './support/fixture-workspace.ts';

const fixtureApis = ['alpha-sms', 'beta-sms', 'gamma-sms'];
let site: BuiltSite;
const out = scratchDir('site');
const read = (path: string) => readFileSync(join(site.outDir, path), 'utf8');

beforeAll(async () => {
  site = await buildSite({ root: fixtureRoot, outDir: join(out.dir, 'site') });
});
afterAll(() => out.cleanup());

describe('the pages of the site', () => {
  it('are the landing page, the release pages, one guide per README and one reference per API', () => {
    expect(site.pages).toEqual(
      [
        'index.html',
        'changelog.html',
        'unreleased.html',
        'guides/types.html',
        ...fixtureApis.map((api) => `${api}/index.html`),
      ].sort(),
    );
  });
});

describe.each(fixtureApis)('the %s API', (api) => {
  it('offers its bundled spec as JSON, equal to what the registry bundles', async () => {
    const bundled = await registryFileApiSource(join(fixtureRoot, 'redocly.yaml')).bundleApi(api);
    expect(JSON.parse(read(`${api}/openapi.json`))).toEqual(bundled);
  });

  it('offers the same document as YAML', () => {
    expect(parse(read(`${api}/openapi.yaml`))).toEqual(JSON.parse(read(`${api}/openapi.json`)));
  });

  it('has a reference page with our title that loads nothing remote', () => {
    const html = read(`${api}/index.html`);
    const title = site.apis.find((summary) => summary.name === api)?.title;
    expect(html).toContain(`<title>${title} API reference · sms-contracts</title>`);
    expect(findRemoteAssets(html)).toEqual([]);
    expect(html).not.toContain('cdn.redocly.com/redoc/v');
  });
});

describe('the bundled split spec', () => {
  it('has its external $ref inlined', () => {
    expect(read('beta-sms/openapi.yaml')).not.toContain('schemas/message.yaml');
    expect(read('beta-sms/openapi.yaml')).toContain('MessageDetails');
  });
});

describe('the landing page', () => {
  const facts: Array<{ fact: string; want: string }> = [
    { fact: 'the repository description', want: 'A fixture workspace with three tiny SMS APIs' },
    { fact: 'a vendor from x-vendor', want: 'Beta Telecom Ltd' },
    { fact: 'a vendor from the contact URL', want: 'support.alpha.example' },
    { fact: 'a templated host', want: 'https://{region}.beta.example' },
    {
      fact: 'a host description, as Markdown',
      want: 'Regional (<code>{region}</code> picks the deployment)',
    },
    { fact: 'bearer auth', want: 'HTTP bearer token' },
    { fact: 'OAuth 2 client credentials', want: 'OAuth 2 client credentials (token URL /Token)' },
    { fact: 'an API key', want: 'API key in header &quot;X-Gamma-Key&quot;' },
    { fact: 'an XML format', want: '<code>application/xml</code>' },
    { fact: 'an operation summary', want: 'Update a beta message' },
    { fact: 'a package version from package.json', want: '<code>1.4.0</code>' },
    { fact: 'the install snippet of a README', want: 'pnpm add -D @sms-contracts/types' },
    { fact: 'where the snippet comes from', want: 'from packages/types/README.md' },
    { fact: 'a planned package', want: 'packages/emulator does not exist yet' },
    {
      fact: 'a package without README',
      want: 'packages/client has no README with a TypeScript example yet',
    },
  ];
  it.each(facts)('shows $fact', ({ want }) => {
    expect(read('index.html')).toContain(want);
  });

  it('links to every reference, download, guide and release page', () => {
    const hrefs = [...read('index.html').matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
    for (const api of fixtureApis) {
      expect(hrefs).toContain(`${api}/index.html`);
      expect(hrefs).toContain(`${api}/openapi.yaml`);
      expect(hrefs).toContain(`${api}/openapi.json`);
    }
    expect(hrefs).toEqual(
      expect.arrayContaining(['guides/types.html', 'changelog.html', 'unreleased.html']),
    );
  });
});

describe('the release pages', () => {
  it('render the changelog changesets wrote', () => {
    expect(read('changelog.html')).toContain('Adds the <code>Message</code> type of alpha-sms');
  });

  it('nest each release under its package heading', () => {
    const section = read('changelog.html').split('<section id="types">')[1] ?? '';
    expect(section).toContain('<h3>1.4.0</h3>');
    expect(section).toContain('<h4>Minor Changes</h4>');
    expect(section).not.toContain('<h1>');
  });

  it('say "No release yet" for a published package without a changelog', () => {
    const section = read('changelog.html').split('<section id="client">')[1] ?? '';
    expect(section).toContain('No release yet.');
  });

  it('say the spec-diff report is not available while tools/spec-diff does not exist', () => {
    expect(read('unreleased.html')).toContain(
      '<strong>Not available:</strong> tools/spec-diff/src/cli.ts does not exist yet.',
    );
  });
});

describe('a guide', () => {
  it('renders the README with the package version', () => {
    const guide = read('guides/types.html');
    expect(guide).toContain('Guide to <code>@sms-contracts/types</code> 1.4.0');
    expect(guide).toContain('<h1>@sms-contracts/types</h1>');
    expect(guide).toContain('href="../assets/site.css"');
  });
});
