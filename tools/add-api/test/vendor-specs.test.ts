// "Any real OpenAPI spec in, the whole package set out", end to end: four real SMS vendor specs
// (among them Telnyx, 361 operations, and Twilio's API v2010, 195) are added with `pnpm add-api`
// to a throw-away copy of this workspace, then each is generated, built, consumed under strict
// TypeScript, has its examples checked and its bundle held to the budget add-api wrote, answers
// one authenticated call through its generated client from the emulator, gets a docs page that
// renders, and is diffed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleSpec } from '@sms-contracts/specs/load-api';
import { schemaTypeNames } from '@sms-contracts/specs/type-names';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumPath,
  hasChromium,
  launchChromium,
  openPage,
  redocReadySelector,
} from '../../docs/test/support/browser.ts';
import { pickAuthenticatedCall, writeCallProgram } from './support/authenticated-call.ts';
import { writeConsumer } from './support/consumer.ts';
import { makeOneParameterRequired } from './support/required-parameter.ts';
import { run } from './support/run.ts';
import { vendorCases } from './support/vendor-specs.ts';
import { copyWorkspace, type WorkspaceCopy } from './support/workspace-copy.ts';

/** Every generator target accepts every vendor spec. */
const targets = ['types', 'validation', 'client', 'emulator'];
/** The copy's packages, built in dependency order (tsc only: the publish checks run in CI). */
const packagesInBuildOrder = ['types', 'validation', 'client', 'emulator'];

let copy: WorkspaceCopy;
let browser: Browser | undefined;

beforeAll(() => {
  copy = copyWorkspace();
});

afterAll(async () => {
  await browser?.close();
  copy?.remove();
});

// Tests of one file run in order: each step builds on the previous ones.
describe('pnpm add-api with real SMS vendor specs, in a copy of the workspace', () => {
  it.each(vendorCases)(
    'pnpm add-api $slug registers the spec and generates its code',
    async ({ slug, file }) => {
      const { code, output } = await run('pnpm', ['add-api', slug, file], copy.root);
      expect(output).toContain(`${slug}: `);
      expect(output).toMatch(
        new RegExp(`${slug} \\(vendor profile\\): 0 error\\(s\\), \\d+ warning\\(s\\)`),
      );
      expect(output).not.toMatch(/the generator refused the spec/);
      expect(code).toBe(0);
      for (const target of targets) expect(output).toMatch(new RegExp(`${slug}: ${target}: wrote`));
      expect(output).toMatch(new RegExp(`${slug}: validation bundle \\d+ B gzip; budget \\d+ B`));
      const registry = readFileSync(join(copy.root, 'redocly.yaml'), 'utf8');
      expect(registry).toMatch(
        new RegExp(
          `\\n  ${slug}:\\n {4}# Added with \`pnpm add-api\` from .*\\n {4}root: specs/${slug}/openapi\\.json\\n {4}x-sms-contracts:\\n {6}profile: vendor\\n(.*\\n)* {6}budgets:\\n {8}validation: \\d+`,
        ),
      );
    },
  );

  it.each(packagesInBuildOrder)('builds the %s package with every API', async (name) => {
    const { code, output } = await run(
      join(copy.root, 'node_modules/.bin/tsc'),
      ['-p', 'tsconfig.build.json'],
      join(copy.root, 'packages', name),
    );
    expect(output).toBe('');
    expect(code).toBe(0);
  });

  it.each(vendorCases)(
    '$slug: a consumer type-checks under strict TypeScript',
    async ({ slug }) => {
      const spec = JSON.parse(readFileSync(join(copy.root, 'specs', slug, 'openapi.json'), 'utf8'));
      const [firstName] = [
        ...schemaTypeNames(Object.keys(spec.components?.schemas ?? {})).values(),
      ];
      const dir = writeConsumer(copy.root, slug, firstName ?? 'paths');
      const { code, output } = await run(
        join(copy.root, 'node_modules/.bin/tsc'),
        ['-p', 'tsconfig.json'],
        dir,
      );
      expect(output).toBe('');
      expect(code).toBe(0);
    },
  );

  it("checks every API's examples, vendors' known mismatches counted and shown", async () => {
    const { code, output } = await run(
      join(copy.root, 'node_modules/.bin/vitest'),
      ['run', 'test/examples.test.ts'],
      join(copy.root, 'specs'),
    );
    for (const line of output.split('\n').filter((text) => / examples checked, /.test(text)))
      console.info(line.trim());
    expect(output).not.toMatch(/FAIL/);
    expect(code).toBe(0);
    for (const { slug } of vendorCases)
      expect(output).toMatch(new RegExp(`${slug}: \\d+ examples checked, \\d+ known mismatches`));
  });

  it("holds every validation bundle to its budget (the vendors' written by add-api)", async () => {
    const { code, output } = await run(
      join(copy.root, 'node_modules/.bin/vitest'),
      ['run', 'test/bundle.test.ts'],
      join(copy.root, 'packages/validation'),
    );
    expect(output).not.toMatch(/FAIL/);
    expect(code).toBe(0);
  });

  it.each(vendorCases)(
    '$slug: one authenticated operation through createClient against the emulator',
    async ({ slug }) => {
      const document = await bundleSpec(join(copy.root, 'specs', slug, 'openapi.json'));
      const call = pickAuthenticatedCall(document as Record<string, unknown>);
      if (!call) throw new Error(`${slug}: no GET without parameters that needs credentials`);
      const program = writeCallProgram(copy.root);
      const { code, output } = await run(
        'node',
        [program, slug, call.method, call.path, JSON.stringify(call.credentials)],
        join(copy.root, 'packages/emulator'),
      );
      console.info(
        `${slug}: ${call.method.toUpperCase()} ${call.path} with ${Object.keys(call.credentials).join(', ')}: ${output.trim()}`,
      );
      expect(code).toBe(0);
      const answer = JSON.parse(output.trim().split('\n').at(-1) ?? '{}');
      expect(answer.error).toBeNull();
      expect(answer.status).toBeGreaterThanOrEqual(200);
      expect(answer.status).toBeLessThan(300);
      expect(answer.withoutCredentials).toBe(401);
    },
  );

  it('builds the docs site with every API', async () => {
    const { code, output } = await run('node', ['tools/docs/src/cli.ts'], copy.root);
    expect(output).toMatch(/sms-docs: wrote \d+ pages/);
    expect(code).toBe(0);
  });

  it.each(vendorCases)('$slug: its docs page renders with no page error', async ({ slug }) => {
    if (!hasChromium) throw new Error(`expected Debian's chromium at ${chromiumPath}`);
    browser ??= await launchChromium();
    const page = pathToFileURL(join(copy.root, 'site', slug, 'index.html')).href;
    const opened = await openPage(browser, page, { readySelector: redocReadySelector });
    try {
      expect(opened.problems).toEqual([]);
      expect(await opened.page.locator('h1').count()).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });

  it.each(vendorCases)(
    '$slug: spec-diff reports ERR when one parameter becomes required',
    async ({ slug }) => {
      const base = join(copy.root, 'specs', slug, 'openapi.json');
      const head = join(copy.root, `${slug}-head.json`);
      const document = JSON.parse(readFileSync(base, 'utf8'));
      const changed = makeOneParameterRequired(document);
      writeFileSync(head, JSON.stringify(document));
      const { code, output } = await run(
        'node',
        ['tools/spec-diff/src/cli.ts', base, head],
        copy.root,
      );
      console.info(`${slug}: made ${changed} required`);
      expect(output).toMatch(/\bERR\b/);
      expect(code).toBe(1);
    },
  );
});
