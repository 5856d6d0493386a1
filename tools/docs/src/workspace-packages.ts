// The packages under packages/*: their names and versions, and the README and CHANGELOG that the
// guides, the quick start and the changelog page are rendered from.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One folder of packages/ that has a package.json. */
export interface WorkspacePackage {
  /** The folder name, e.g. `client`; also the guide's file name. */
  readonly slug: string;
  /** `name` of its package.json, e.g. `@sms-contracts/client`. */
  readonly name: string;
  readonly version: string;
  /** Published packages are the ones not marked `private`. */
  readonly private: boolean;
  readonly description: string | undefined;
  /** Path of the README relative to the repository root, when there is one. */
  readonly readmePath: string | undefined;
  readonly readme: string | undefined;
  readonly changelog: string | undefined;
}

function readIfPresent(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Every package under `<root>/packages`, sorted by folder name; none when the folder is absent. */
export function readWorkspacePackages(root: string): WorkspacePackage[] {
  const packagesDir = join(root, 'packages');
  if (!existsSync(packagesDir)) return [];
  const packages: WorkspacePackage[] = [];
  for (const entry of readdirSync(packagesDir, { withFileTypes: true })) {
    const manifestPath = join(packagesDir, entry.name, 'package.json');
    if (!entry.isDirectory() || !existsSync(manifestPath)) continue;
    let manifest: Record<string, unknown>;
    try {
      manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`${manifestPath}: expected valid JSON (${(error as Error).message})`);
    }
    if (typeof manifest.name !== 'string') {
      throw new Error(`${manifestPath}: expected a string "name"`);
    }
    const readme = readIfPresent(join(packagesDir, entry.name, 'README.md'));
    packages.push({
      slug: entry.name,
      name: manifest.name,
      version: typeof manifest.version === 'string' ? manifest.version : '0.0.0',
      private: manifest.private === true,
      description: typeof manifest.description === 'string' ? manifest.description : undefined,
      readmePath: readme === undefined ? undefined : `packages/${entry.name}/README.md`,
      readme,
      changelog: readIfPresent(join(packagesDir, entry.name, 'CHANGELOG.md')),
    });
  }
  return packages.sort((a, b) => a.slug.localeCompare(b.slug));
}
