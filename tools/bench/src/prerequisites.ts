// The bench measures the packages as consumers get them: their built dist files. Say so clearly
// when they are missing or older than their sources, instead of failing deep inside a suite.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.ts';

/** Files the suites import or bundle, relative to the repository root. */
export const requiredDistFiles = [
  'packages/types/dist/gateway-sms.gen.d.ts',
  'packages/types/dist/twosms.gen.d.ts',
  'packages/validation/dist/gateway-sms.gen.js',
  'packages/validation/dist/twosms.gen.js',
  'packages/client/dist/gateway-sms.js',
  'packages/client/dist/twosms.js',
  'packages/emulator/dist/index.js',
] as const;

export interface Readiness {
  readonly missing: string[];
  /** Packages whose newest source file is newer than their newest dist file. */
  readonly stale: string[];
}

export function checkBuilt(root = repoRoot): Readiness {
  const missing = requiredDistFiles.filter((file) => !existsSync(join(root, file)));
  const packages = [...new Set(requiredDistFiles.map((file) => file.split('/dist/')[0] as string))];
  const stale = packages.filter((pkg) => {
    const src = newest(join(root, pkg, 'src'));
    const dist = newest(join(root, pkg, 'dist'));
    return src > 0 && dist > 0 && src > dist;
  });
  return { missing, stale };
}

/** Newest modification time under `dir`, in ms (0 when there is nothing). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}
