// What a consumer's bundler ships for one API: within budget, without the other API, without
// eval (strict Content-Security-Policy) — measured with esbuild, minified and gzipped.
import { bundleValidation } from '@sms-contracts/specs/bundle-size';
import { budgetOf, listApis } from '@sms-contracts/specs/registry';
import { describe, expect, it } from 'vitest';

const registered = listApis();
const apis = registered.map((api) => api.name);
/** Each API's budget (bytes, gzip): its registry entry's (redocly.yaml), else the project default. */
const budgets = new Map(registered.map((api) => [api.name, budgetOf(api.settings, 'validation')]));
const budgetFor = (api: string) => budgets.get(api) ?? 0;

const bundle = (api: string) => bundleValidation(api, new URL('..', import.meta.url).pathname);

describe.each(apis)('@sms-contracts/validation/%s bundled', (api) => {
  it(`is at most ${budgetFor(api)} bytes gzipped (its budget in the registry)`, async () => {
    const { gzip } = await bundle(api);
    expect(gzip).toBeLessThanOrEqual(budgetFor(api));
  });

  it('pulls in no other API', async () => {
    const { inputs } = await bundle(api);
    const others = apis.filter((other) => other !== api).map((other) => `src/${other}.gen.ts`);
    expect(inputs.filter((input) => others.some((other) => input.endsWith(other)))).toEqual([]);
    expect(inputs.some((input) => input.endsWith(`src/${api}.gen.ts`))).toBe(true);
  });

  it('compiles no code at run time', async () => {
    const { code } = await bundle(api);
    expect(code).not.toMatch(/\beval\s*\(|\bnew Function\b|\bFunction\s*\(/);
  });
});
