import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { type ApiSettings, readApiSettings } from './api-settings.ts';

export type { ApiSettings, KnownExampleMismatch, LintProfile } from './api-settings.ts';
export { budgetOf, defaultApiSettings, defaultBudgets } from './api-settings.ts';

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
  /** The entry's `x-sms-contracts:` block: lint profile, format policy, budgets. */
  readonly settings: ApiSettings;
}

/**
 * Every API listed under `apis:` in a registry file, in registry order; roots resolve against the
 * file's folder. @default the workspace's own `redocly.yaml`
 */
export function listApis(registryFile: string = registryPath): RegisteredApi[] {
  const config = parse(readFileSync(registryFile, 'utf8')) as {
    apis?: Record<string, { root?: unknown; 'x-sms-contracts'?: unknown }>;
  } | null;
  return Object.entries(config?.apis ?? {}).map(([name, entry]) => {
    if (typeof entry?.root !== 'string') {
      throw new Error(`${registryFile}: apis.${name}.root: expected a path to an OpenAPI file`);
    }
    const settings = readApiSettings(
      entry['x-sms-contracts'],
      `${registryFile}: apis.${name}.x-sms-contracts`,
    );
    return { name, root: resolve(dirname(registryFile), entry.root), settings };
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
