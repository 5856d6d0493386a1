import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

export interface BrowserBundle {
  /** Gzipped (level 9, as size-limit) bytes of the code loaded up front. */
  readonly gzipBytes: number;
  /** Minified bytes of the same code. */
  readonly minifiedBytes: number;
  /** What the code loads later with a dynamic `import()` (left out of the count). */
  readonly lazyImports: readonly string[];
}

/**
 * Bundles `entry` for the browser from the project's node_modules (the installed packages, their
 * `exports` and `sideEffects` as published): ESM, minified, one file. Code behind a dynamic
 * `import()` is left out, as the client's size budget counts it: it loads on first use only.
 */
export async function bundleForBrowser(projectDir: string, entry: string): Promise<BrowserBundle> {
  const lazyImports = new Set<string>();
  const lazyImportsApart: Plugin = {
    name: 'lazy-imports-apart',
    setup(plugin) {
      plugin.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        lazyImports.add(args.path);
        return { path: args.path, external: true };
      });
    },
  };
  const result = await build({
    absWorkingDir: projectDir,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
    plugins: [lazyImportsApart],
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error(`esbuild: expected one output file for ${entry}, got none`);
  return {
    gzipBytes: gzipSync(code, { level: 9 }).length,
    minifiedBytes: code.length,
    lazyImports: [...lazyImports].sort(),
  };
}
