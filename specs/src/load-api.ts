import { bundle, getLineColLocation, loadConfig } from '@redocly/openapi-core';
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

/** The registry API `name`, bundled: see {@link bundleSpec}. */
export function bundleApi(name: string, options: BundleApiOptions = {}): Promise<OpenApiDocument> {
  return bundleSpec(findApi(name).root, options);
}

/**
 * The spec whose root file is `root`, bundled into one document with every external `$ref`
 * resolved. Resolution problems (an unresolvable `$ref`, unreadable YAML) throw with `file:line`.
 */
export async function bundleSpec(
  root: string,
  options: BundleApiOptions = {},
): Promise<OpenApiDocument> {
  const config = await loadConfig({ configPath: registryPath });
  const result = await bundle({ ref: root, config, dereference: options.dereference ?? false });
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    const lines = errors.map((problem) => {
      const where = problem.location[0];
      if (!where) return `${root}: ${problem.message}`;
      const line = getLineColLocation(where).start.line;
      return `${where.source.absoluteRef}:${line}: ${where.pointer}: ${problem.message}`;
    });
    throw new Error(`cannot bundle ${root}:\n${lines.join('\n')}`);
  }
  return result.bundle.parsed as OpenApiDocument;
}

/** The registry API `name`, bundled and dereferenced: handy for tests that walk schemas. */
export function loadBundledApi(name: string): Promise<OpenApiDocument> {
  return bundleApi(name, { dereference: true });
}
