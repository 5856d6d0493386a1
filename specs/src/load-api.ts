import { bundle, loadConfig } from '@redocly/openapi-core';
import { findApi, registryPath } from './registry.ts';

/** An OpenAPI document as plain JSON data. */
export type OpenApiDocument = Record<string, unknown> & {
  openapi: string;
  paths?: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, Record<string, unknown>> } & Record<string, unknown>;
};

export interface BundleApiOptions {
  /**
   * Replace every `$ref` with its target (cycles stay as shared objects).
   * @default false
   */
  readonly dereference?: boolean;
}

/**
 * The registry API `name`, bundled into one document with every external `$ref` resolved.
 * Resolution problems (an unresolvable `$ref`, unreadable YAML) throw with `file:line`.
 */
export async function bundleApi(
  name: string,
  options: BundleApiOptions = {},
): Promise<OpenApiDocument> {
  const api = findApi(name);
  const config = await loadConfig({ configPath: registryPath });
  const result = await bundle({ ref: api.root, config, dereference: options.dereference ?? false });
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    const lines = errors.map((problem) => {
      const where = problem.location[0];
      const file = where?.source.absoluteRef ?? api.root;
      return `${file}: ${where?.pointer ?? '#'}: ${problem.message}`;
    });
    throw new Error(`cannot bundle API "${name}":\n${lines.join('\n')}`);
  }
  return result.bundle.parsed as OpenApiDocument;
}

/** The registry API `name`, bundled and dereferenced: handy for tests that walk schemas. */
export function loadBundledApi(name: string): Promise<OpenApiDocument> {
  return bundleApi(name, { dereference: true });
}
