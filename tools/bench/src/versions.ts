// Installed versions of the anchors, for the labels: "openapi-fetch 0.17.0" says what was measured.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageDir } from './paths.ts';

/** The version of `pkg` as installed for this package (read from its package.json). */
export function versionOf(pkg: string): string {
  const manifest = JSON.parse(
    readFileSync(join(packageDir, 'node_modules', pkg, 'package.json'), 'utf8'),
  );
  return String((manifest as { version?: unknown }).version ?? '?');
}

/** "name version", e.g. "openapi-fetch 0.17.0". */
export const named = (pkg: string, shown = pkg) => `${shown} ${versionOf(pkg)}`;
