// What an entry point costs a consumer's bundle, measured as the client's size-limit budget is:
// esbuild (ESM, minified) of a module importing it, then gzip -9 and brotli -11. "Initial" leaves
// every import() target out (a bundler splits those into chunks loaded on first use); "all"
// bundles them in, so it is everything the entry can ever load.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { packageDir } from '../paths.ts';

export interface Sizes {
  readonly minified: number;
  readonly gzip: number;
  readonly brotli: number;
}

export interface BundleSizes {
  /** Loaded when the entry is imported. */
  readonly initial: Sizes;
  /** Including what loads later through import(). */
  readonly all: Sizes;
}

export function compressedSizes(bytes: Uint8Array): Sizes {
  return {
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

const lazyImportsApart: Plugin = {
  name: 'lazy-imports-apart',
  setup(context) {
    context.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

async function bundle(code: string, platform: 'browser' | 'node', lazyApart: boolean) {
  const result = await build({
    // Resolved from this package, so workspace packages resolve through `exports` to dist/.
    stdin: { contents: code, resolveDir: packageDir, sourcefile: 'entry.js', loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    plugins: lazyApart ? [lazyImportsApart] : [],
  });
  const [output, ...rest] = result.outputFiles;
  if (!output || rest.length > 0) {
    throw new Error(`esbuild: expected one output file, got ${result.outputFiles.length}`);
  }
  return output.contents;
}

/** Sizes of a module whose source is `code`, bundled for `platform`. */
export async function bundleSize(code: string, platform: 'browser' | 'node'): Promise<BundleSizes> {
  return {
    initial: compressedSizes(await bundle(code, platform, true)),
    all: compressedSizes(await bundle(code, platform, false)),
  };
}
