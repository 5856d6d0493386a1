// What a consumer's bundler ships for one API: within budget, without the other API, without
// eval (strict Content-Security-Policy) — measured with esbuild, minified and gzipped.
import { gzipSync } from 'node:zlib';
import { budgetOf, listApis } from '@sms-contracts/specs/registry';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const registered = listApis();
const apis = registered.map((api) => api.name);
/** Each API's budget (bytes, gzip): its registry entry's (redocly.yaml), else the project default. */
const budgets = new Map(registered.map((api) => [api.name, budgetOf(api.settings, 'validation')]));
const budgetFor = (api: string) => budgets.get(api) ?? 0;

async function bundle(api: string) {
  const result = await build({
    stdin: {
      contents: `export { schemas, operations } from './src/${api}.gen.ts';`,
      resolveDir: new URL('..', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { code, gzip: gzipSync(code).length, inputs: Object.keys(result.metafile.inputs) };
}

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
