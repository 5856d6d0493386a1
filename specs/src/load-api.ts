import {
  bundle,
  getLineColLocation,
  loadConfig,
  type NormalizedProblem,
  Source,
} from '@redocly/openapi-core';
import { findApi, registryPath } from './registry.ts';
import { upgradeDocument } from './upgrade/upgrade-document.ts';

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
 * resolved, then upgraded to OpenAPI 3.1 when it is Swagger 2.0 or OpenAPI 3.0 (see
 * `upgrade/upgrade-document.ts`): every tool reads this one document. Resolution problems (an
 * unresolvable `$ref`, unreadable YAML) throw with `file:line`.
 */
export async function bundleSpec(
  root: string,
  options: BundleApiOptions = {},
): Promise<OpenApiDocument> {
  const config = await loadConfig({ configPath: registryPath });
  const result = await bundle({ ref: root, config, dereference: false });
  throwOnErrors(root, result.problems);
  const upgraded = upgradeDocument(
    result.bundle.parsed as OpenApiDocument,
    root,
  ) as OpenApiDocument;
  if (!options.dereference) return upgraded;
  // Dereference after the upgrade, so that the upgrade walks a tree and not a graph.
  const source = new Source(root, JSON.stringify(upgraded), 'application/json');
  const dereferenced = await bundle({
    doc: { source, parsed: upgraded },
    config,
    dereference: true,
  });
  throwOnErrors(root, dereferenced.problems);
  return dereferenced.bundle.parsed as OpenApiDocument;
}

function throwOnErrors(root: string, problems: readonly NormalizedProblem[]): void {
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length === 0) return;
  const lines = errors.map((problem) => {
    const where = problem.location[0];
    if (!where) return `${root}: ${problem.message}`;
    const line = getLineColLocation(where).start.line;
    return `${where.source.absoluteRef}:${line}: ${where.pointer}: ${problem.message}`;
  });
  throw new Error(`cannot bundle ${root}:\n${lines.join('\n')}`);
}

/** The registry API `name`, bundled and dereferenced: handy for tests that walk schemas. */
export function loadBundledApi(name: string): Promise<OpenApiDocument> {
  return bundleApi(name, { dereference: true });
}
