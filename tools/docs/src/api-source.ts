// Where the APIs come from: the workspace registry (through @sms-contracts/specs) by default, or
// any other `redocly.yaml` when a test or a user points the tool at one.
import { resolve } from 'node:path';
import type { OpenApiDocument } from '@sms-contracts/specs/load-api';
import { bundleApi, bundleSpec } from '@sms-contracts/specs/load-api';
import type { RegisteredApi } from '@sms-contracts/specs/registry';
import { listApis, registryPath } from '@sms-contracts/specs/registry';

export type { OpenApiDocument, RegisteredApi };

/** The registry the site is built from: its API list and a way to bundle each API. */
export interface ApiSource {
  /** Absolute path of the `redocly.yaml` whose `apis:` are listed. */
  readonly registryPath: string;
  /** Every API under `apis:`, in registry order. */
  listApis(): RegisteredApi[];
  /** One API bundled into a single document; `dereference` also inlines local `$ref`s. */
  bundleApi(name: string, options?: { readonly dereference?: boolean }): Promise<OpenApiDocument>;
}

/** The workspace registry, read exactly as lint, codegen and the specs package read it. */
export const workspaceApiSource: ApiSource = { registryPath, listApis, bundleApi };

/**
 * A registry at any path (roots resolve against its folder). Used for `--registry` and by tests;
 * @sms-contracts/specs only reads the workspace's own redocly.yaml.
 */
export function registryFileApiSource(path: string): ApiSource {
  const absolutePath = resolve(path);
  const apis = (): RegisteredApi[] => listApis(absolutePath);
  return {
    registryPath: absolutePath,
    listApis: apis,
    async bundleApi(name, options = {}) {
      const api = apis().find((candidate) => candidate.name === name);
      if (!api) throw new Error(`${absolutePath}: no API "${name}" under apis:`);
      // The same bundling, and upgrade to 3.1, that every other tool reads.
      return bundleSpec(api.root, options);
    },
  };
}
