import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The repository root: the folder that holds `redocly.yaml`. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Path of the API registry that lint, docs, bundling and codegen all read. */
export const registryPath = resolve(repoRoot, 'redocly.yaml');

/** One API of the registry. */
export interface RegisteredApi {
  /** The registry key, e.g. `gateway-sms`; also the subpath every package exports. */
  readonly name: string;
  /** Absolute path of the root spec file. */
  readonly root: string;
}

/** Every API listed under `apis:` in `redocly.yaml`, in registry order. */
export function listApis(): RegisteredApi[] {
  const config = parse(readFileSync(registryPath, 'utf8')) as {
    apis?: Record<string, { root?: unknown }>;
  };
  return Object.entries(config.apis ?? {}).map(([name, entry]) => {
    if (typeof entry?.root !== 'string') {
      throw new Error(`${registryPath}: apis.${name}.root: expected a path to an OpenAPI file`);
    }
    return { name, root: resolve(repoRoot, entry.root) };
  });
}

/** The registry entry called `name`, or an error listing the names that exist. */
export function findApi(name: string): RegisteredApi {
  const api = listApis().find((candidate) => candidate.name === name);
  if (!api) {
    const known = listApis().map((candidate) => candidate.name);
    throw new Error(`${registryPath}: no API "${name}" under apis: (known: ${known.join(', ')})`);
  }
  return api;
}
