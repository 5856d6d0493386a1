import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import {
  BaseResolver,
  type bundle,
  bundleFromString,
  type Config,
  createConfig,
  getLineColLocation,
  type NormalizedProblem,
  Source,
} from '@redocly/openapi-core';
import { upgradeDocument } from '@sms-contracts/specs/upgrade';
import { GitError, git, repoTopLevel } from './git.ts';
import { lineFinder } from './line-finder.ts';
import { type SpecInput, SpecInputError } from './spec-input.ts';

/** A bundled OpenAPI document as plain data: every external `$ref` is now a local one. */
export type OpenApiDocument = Record<string, unknown> & { openapi: string };

/** A spec, bundled, with what reports need to point into it. */
export interface LoadedSpec {
  /** As named on the command line. */
  readonly label: string;
  readonly document: OpenApiDocument;
  /** The root file, relative to the working folder: what annotations name. */
  readonly file: string;
  /** 1-based line of a JSON pointer in the root file, when it is there (not in a split-out file). */
  lineOf(pointer: string): number | undefined;
}

// Reads external $refs of a spec at a git ref from that ref, not from the work tree.
class GitRefResolver extends BaseResolver {
  private readonly ref: string;
  private readonly top: string;

  constructor(ref: string, top: string) {
    super();
    this.ref = ref;
    this.top = top;
  }

  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    const inRepo = relative(this.top, absoluteRef);
    if (/^[a-z]+:\/\//i.test(absoluteRef) || inRepo.startsWith('..') || isAbsolute(inRepo)) {
      return super.loadExternalRef(absoluteRef);
    }
    try {
      return new Source(absoluteRef, git(['show', `${this.ref}:${inRepo}`], this.top));
    } catch (error) {
      throw new Error(`${this.ref}:${inRepo}: ${(error as Error).message}`);
    }
  }
}

let sharedConfig: Promise<Config> | undefined;
function config(): Promise<Config> {
  sharedConfig ??= createConfig({});
  return sharedConfig;
}

function describeProblem(problem: NormalizedProblem, cwd: string): string {
  const where = problem.location[0];
  if (!where) return problem.message;
  const file = relative(cwd, where.source.absoluteRef) || where.source.absoluteRef;
  const { line, col } = getLineColLocation(where).start;
  return `${file}:${line}:${col} (${where.pointer ?? '#'}): ${problem.message}`;
}

function readBody(
  input: SpecInput,
  cwd: string,
): { body: string; absolutePath: string; resolver?: BaseResolver } {
  if (input.kind === 'file') {
    try {
      return { body: readFileSync(input.path, 'utf8'), absolutePath: input.path };
    } catch (error) {
      throw new SpecInputError(
        `${input.label}: cannot read the file (${(error as Error).message})`,
      );
    }
  }
  let top: string;
  try {
    top = repoTopLevel(cwd);
  } catch (error) {
    throw new SpecInputError(
      `${input.label}: not inside a git work tree (${(error as Error).message})`,
    );
  }
  const absolutePath = resolve(cwd, input.path);
  const inRepo = relative(top, absolutePath);
  try {
    git(['rev-parse', '--verify', '--quiet', `${input.ref}^{commit}`], top);
  } catch {
    throw new SpecInputError(
      `${input.label}: "${input.ref}" is not a commit, branch or tag in ${top}`,
    );
  }
  try {
    const body = git(['show', `${input.ref}:${inRepo}`], top);
    return { body, absolutePath, resolver: new GitRefResolver(input.ref, top) };
  } catch (error) {
    const reason = error instanceof GitError ? error.message : String(error);
    throw new SpecInputError(
      `${input.label}: no file "${inRepo}" at ${input.ref} (git: ${reason})`,
    );
  }
}

/**
 * Loads and bundles a spec with Redocly: external `$ref`s (split files) are pulled in, so the
 * engine only meets local ones. Throws `SpecInputError` saying what and where when the input is not
 * a readable OpenAPI 3 document or a `$ref` does not resolve.
 */
export async function loadSpec(input: SpecInput, cwd: string): Promise<LoadedSpec> {
  const { body, absolutePath, resolver } = readBody(input, cwd);
  let result: Awaited<ReturnType<typeof bundle>>;
  try {
    result = await bundleFromString({
      source: body,
      absoluteRef: absolutePath,
      config: await config(),
      ...(resolver ? { externalRefResolver: resolver } : {}),
    });
  } catch (error) {
    throw new SpecInputError(`${input.label}: not valid YAML or JSON: ${(error as Error).message}`);
  }
  const parsed = result.bundle.parsed as unknown;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new SpecInputError(
      `${input.label}: expected an OpenAPI 3 document (a mapping), found ${parsed === null ? 'an empty file' : typeof parsed}`,
    );
  }
  const version = (parsed as Record<string, unknown>).openapi;
  if (typeof version !== 'string' || !version.startsWith('3.')) {
    const swagger = (parsed as Record<string, unknown>).swagger;
    const found = swagger
      ? `swagger: ${String(swagger)}`
      : `openapi: ${String(version ?? '(missing)')}`;
    throw new SpecInputError(
      `${input.label}: expected an OpenAPI 3.x document ("openapi: 3.x" at the top), found ${found}`,
    );
  }
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    const lines = errors.map((problem) => `  ${describeProblem(problem, cwd)}`);
    throw new SpecInputError(`${input.label}: cannot resolve the spec:\n${lines.join('\n')}`);
  }
  return {
    label: input.label,
    // The same 3.1 document every other tool reads (an OpenAPI 3.0 spec is upgraded once, here).
    document: upgradeDocument(parsed as OpenApiDocument, input.label) as OpenApiDocument,
    file: relative(cwd, absolutePath) || absolutePath,
    lineOf: lineFinder(absolutePath, body),
  };
}

/** Loads a spec from an in-memory string (tests, the benchmark); `$ref`s resolve next to `path`. */
export async function loadSpecFromString(
  source: string,
  path: string,
  label = path,
): Promise<LoadedSpec> {
  const result = await bundleFromString({ source, absoluteRef: path, config: await config() });
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0)
    throw new SpecInputError(`${label}: ${errors.map((p) => p.message).join('; ')}`);
  return {
    label,
    document: upgradeDocument(result.bundle.parsed as OpenApiDocument, label) as OpenApiDocument,
    file: path,
    lineOf: lineFinder(path, source),
  };
}
