import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly peerDependenciesMeta?: Readonly<Record<string, { readonly optional?: boolean }>>;
}

/** An installed third-party package: where it is, and what it is. */
export interface InstalledPackage {
  readonly dir: string;
  readonly name: string;
  readonly version: string;
}

/**
 * Every installed package that `roots` need at run time, transitively: dependencies, installed
 * optional dependencies, and required peer dependencies (npm installs those too). Found by
 * Node's lookup (`node_modules` of the folder and its parents), so it works on pnpm's layout.
 * `workspace:` dependencies are skipped: they are published on their own.
 */
export function runtimeClosure(
  roots: readonly { readonly dir: string; readonly names: readonly string[] }[],
): InstalledPackage[] {
  const found = new Map<string, InstalledPackage>();
  const visit = (fromDir: string, name: string, required: boolean) => {
    const dir = findInstalled(fromDir, name);
    if (!dir) {
      if (required)
        throw new Error(
          `${name}: expected it installed for ${fromDir}, found no node_modules/${name}`,
        );
      return;
    }
    const manifest = readManifest(dir);
    const key = `${manifest.name}@${manifest.version}`;
    if (found.has(key)) return;
    found.set(key, { dir, name: manifest.name, version: manifest.version });
    for (const [dependency, required] of dependenciesOf(manifest)) visit(dir, dependency, required);
  };
  for (const root of roots) for (const name of root.names) visit(root.dir, name, true);
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** A workspace package's dependencies that come from the registry (not `workspace:`). */
export function registryDependencies(packageDir: string): string[] {
  const manifest = readManifest(packageDir);
  return Object.entries({ ...manifest.dependencies, ...manifest.peerDependencies })
    .filter(([, range]) => !range.startsWith('workspace:'))
    .map(([name]) => name);
}

function dependenciesOf(manifest: PackageJson): [string, boolean][] {
  const optionalPeers = manifest.peerDependenciesMeta ?? {};
  return [
    ...Object.keys(manifest.dependencies ?? {}).map((name): [string, boolean] => [name, true]),
    ...Object.keys(manifest.optionalDependencies ?? {}).map((name): [string, boolean] => [
      name,
      false,
    ]),
    ...Object.keys(manifest.peerDependencies ?? {})
      .filter((name) => !optionalPeers[name]?.optional)
      .map((name): [string, boolean] => [name, true]),
  ];
}

function findInstalled(fromDir: string, name: string): string | undefined {
  let dir = fromDir;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function readManifest(dir: string): PackageJson {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
}
