import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '@sms-contracts/specs/registry';
import { build } from 'esbuild';

/**
 * What a consumer's bundler ships for `@sms-contracts/validation/<slug>`: bytes, minified and
 * gzipped, measured as packages/validation/test/bundle.test.ts measures it.
 */
export async function validationBundleSize(slug: string): Promise<number> {
  const result = await build({
    stdin: {
      contents: `export { schemas, operations } from './src/${slug}.gen.ts';`,
      resolveDir: join(repoRoot, 'packages/validation'),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]?.text ?? '').length;
}

/**
 * A vendor API's budget: its size when added plus 10 %, rounded up to whole kB. The budget then
 * catches growth (a regenerated spec, a codegen change), not the vendor's size.
 */
export function budgetFromSize(bytes: number): number {
  return Math.ceil((bytes * 1.1) / 1024) * 1024;
}
