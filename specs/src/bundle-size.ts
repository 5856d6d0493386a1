import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface ValidationBundle {
  readonly code: string;
  /** Bytes, minified and gzipped. */
  readonly gzip: number;
  /** The files esbuild pulled in, relative to `validationDir`. */
  readonly inputs: readonly string[];
}

/**
 * What a consumer's bundler ships for `@sms-contracts/validation/<api>`: the API's generated
 * module bundled with esbuild, minified, as the budgets in the registry measure it.
 */
export async function bundleValidation(
  api: string,
  validationDir: string,
): Promise<ValidationBundle> {
  const result = await build({
    stdin: {
      contents: `export { schemas, operations } from './src/${api}.gen.ts';`,
      resolveDir: validationDir,
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
