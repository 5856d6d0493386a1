// Where the harness reads and writes. Scratch files live under this package's node_modules, so
// modules written there (ajv's standalone code, consumer programs) resolve this package's deps.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** tools/bench */
export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The repository root. */
export const repoRoot = resolve(packageDir, '../..');

/** Scratch space for generated inputs; never committed (node_modules is ignored). */
export const cacheDir = join(packageDir, 'node_modules', '.cache', 'bench');

/** bench/results: latest.json and latest.md. */
export const resultsDir = join(repoRoot, 'bench', 'results');
