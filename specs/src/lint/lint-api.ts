import {
  BaseResolver,
  type Config,
  getLineColLocation,
  lint,
  lintDocument,
  loadConfig,
  type NormalizedProblem,
  Source,
} from '@redocly/openapi-core';
import { bundleSpec } from '../load-api.ts';
import { lineLocator } from '../locate.ts';
import type { RegisteredApi } from '../registry.ts';
import { registryPath } from '../registry.ts';

/**
 * Rules whose findings mean the document is broken, not merely unkempt: an unresolvable `$ref`,
 * a node that is not what OpenAPI (or JSON Schema) allows there. They stop every profile.
 */
export const structuralRules: ReadonlySet<string> = new Set(['struct', 'no-unresolved-refs']);

/** One lint finding, located in the spec's own file. */
export interface LintFinding {
  readonly ruleId: string;
  readonly message: string;
  /** `file:line` in the spec as written. */
  readonly where: string;
  /** JSON Pointer of the node in the (upgraded) document. */
  readonly pointer: string;
}

export interface LintReport {
  readonly api: RegisteredApi;
  /** Findings that fail the build. */
  readonly errors: readonly LintFinding[];
  /** Findings reported and let through: for a vendor, everything but structural rules. */
  readonly warnings: readonly LintFinding[];
}

/**
 * Lints one registry API with its profile. `strict` (our specs): redocly.yaml's rules as they are,
 * on the files as written. `vendor`: the same rules on the upgraded 3.1 document that every
 * other tool reads, where only structural rules stay errors; style findings become warnings.
 */
export async function lintApi(api: RegisteredApi, configPath = registryPath): Promise<LintReport> {
  const config = (await loadConfig({ configPath })).forAlias(api.name);
  if (api.settings.profile === 'strict') {
    const problems = await lint({ ref: api.root, config });
    return split(api, problems.map(locateInSource), (problem) => problem.severity === 'error');
  }
  let problems: NormalizedProblem[];
  try {
    problems = await lintUpgraded(api, config);
  } catch (error) {
    // Bundling failed (an unresolvable $ref, unreadable file): its message has file:line.
    const message = error instanceof Error ? error.message : String(error);
    return {
      api,
      errors: [{ ruleId: 'bundle', message, where: api.root, pointer: '' }],
      warnings: [],
    };
  }
  const lineOf = lineLocator(api.root);
  return split(
    api,
    problems.map((problem) => locateByPointer(api.root, lineOf, problem)),
    (problem) => structuralRules.has(problem.ruleId),
  );
}

async function lintUpgraded(api: RegisteredApi, config: Config): Promise<NormalizedProblem[]> {
  const document = await bundleSpec(api.root);
  const source = new Source(api.root, JSON.stringify(document), 'application/json');
  return lintDocument({
    document: { source, parsed: document },
    config,
    externalRefResolver: new BaseResolver(),
  });
}

type Located = NormalizedProblem & { where: string; pointer: string };

function locateInSource(problem: NormalizedProblem): Located {
  const location = problem.location[0];
  if (!location) return { ...problem, where: '', pointer: '' };
  const { line } = getLineColLocation(location).start;
  return {
    ...problem,
    where: `${location.source.absoluteRef}:${line}`,
    pointer: location.pointer ?? '',
  };
}

/** The upgraded document's lines are not the file's: find the pointer in the file itself. */
function locateByPointer(
  root: string,
  lineOf: (pointer: string) => number | undefined,
  problem: NormalizedProblem,
): Located {
  const pointer = (problem.location[0]?.pointer ?? '#').replace(/^#/, '');
  const line = lineOf(pointer);
  return { ...problem, where: line ? `${root}:${line}` : root, pointer };
}

function split(
  api: RegisteredApi,
  problems: readonly Located[],
  isError: (problem: Located) => boolean,
): LintReport {
  const finding = ({ ruleId, message, where, pointer }: Located): LintFinding => ({
    ruleId,
    message,
    where,
    pointer,
  });
  return {
    api,
    errors: problems.filter(isError).map(finding),
    warnings: problems.filter((problem) => !isError(problem)).map(finding),
  };
}
