import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { generate, type TargetName } from '@sms-contracts/codegen';
import { checkExamples } from '@sms-contracts/specs/examples';
import { lintApi } from '@sms-contracts/specs/lint';
import { formatLintReport } from '@sms-contracts/specs/lint-report';
import { bundleSpec } from '@sms-contracts/specs/load-api';
import { listApis, registryPath, repoRoot } from '@sms-contracts/specs/registry';
import { budgetFromSize, validationBundleSize } from './bundle-size.ts';
import { readVendorSpec } from './read-spec.ts';
import {
  addVendorEntry,
  registeredNames,
  setBudget,
  setKnownExampleMismatches,
} from './registry-entry.ts';
import { checkSlug } from './slug.ts';

export interface AddApiOptions {
  /** The registry key and package subpath, kebab-case: `telnyx`, `twilio-api`. */
  readonly slug: string;
  /** The vendor's spec, JSON or YAML: OpenAPI 3.0.x, 3.1.x or Swagger 2.0. */
  readonly specFile: string;
  /**
   * Progress lines.
   * @default no output
   */
  readonly log?: (line: string) => void;
}

/** What each generator target did with the new API. */
export interface TargetOutcome {
  readonly target: TargetName;
  /** Files written, relative to the workspace root. */
  readonly changed: readonly string[];
  /** Why the generator refused the spec (file:line and pointer), when it did. */
  readonly error?: string;
}

export interface AddApiResult {
  readonly slug: string;
  /** The spec's copy, relative to the workspace root. */
  readonly specPath: string;
  readonly lintWarnings: number;
  readonly examplesChecked: number;
  /** Vendor examples that contradict the vendor's schema, now listed in the registry entry. */
  readonly knownExampleMismatches: number;
  /** The validation bundle's size budget written to the registry (bytes, gzip), when generated. */
  readonly validationBudget?: number;
  readonly targets: readonly TargetOutcome[];
}

const targetOrder: readonly TargetName[] = ['types', 'validation', 'client', 'emulator'];

/**
 * Brings a vendor's spec into this workspace: copies it unchanged to `specs/<slug>/`, registers
 * it in `redocly.yaml` under the vendor profile, lints it (structural errors stop it and undo the
 * change; style findings are counted), lists the examples that contradict the vendor's own
 * schema, and runs every generator. A generator that refuses the spec is reported with where
 * and why; the others still write their files.
 */
export async function addApi(options: AddApiOptions): Promise<AddApiResult> {
  const log = options.log ?? (() => {});
  const { slug } = options;
  checkSlug(slug);
  if (registeredNames(registryPath).includes(slug)) {
    throw new Error(
      `${registryPath}: apis.${slug} already exists; pick another slug or remove it first`,
    );
  }
  const spec = readVendorSpec(options.specFile);
  const specDir = join(repoRoot, 'specs', slug);
  if (existsSync(specDir))
    throw new Error(`${specDir}: already exists; remove it or pick another slug`);
  const specPath = join(specDir, `openapi.${spec.format}`);
  const registryBefore = readFileSync(registryPath, 'utf8');
  const undo = () => {
    rmSync(specDir, { recursive: true, force: true });
    writeFileSync(registryPath, registryBefore);
  };

  mkdirSync(specDir, { recursive: true });
  writeFileSync(specPath, spec.text);
  addVendorEntry(registryPath, {
    slug,
    root: relative(repoRoot, specPath),
    origin: basename(options.specFile),
  });
  log(
    `${slug}: ${spec.version} spec copied to ${relative(repoRoot, specPath)}, registered (vendor profile)`,
  );

  const api = findRegistered(slug);
  const report = await lintApi(api);
  // The copy is byte for byte the user's file: name theirs, which outlives an undo.
  log(formatLintReport(report).replaceAll(specPath, options.specFile));
  if (report.errors.length > 0) {
    undo();
    throw new Error(
      `${slug}: the spec has ${report.errors.length} structural error(s) (listed above); nothing was added`,
    );
  }

  const examples = await checkExamples(slug, await bundleSpec(api.root));
  const mismatches = examples.unexpected.map((mismatch) => ({
    pointer: mismatch.pointer,
    reason: `the vendor's example contradicts the vendor's schema: ${mismatch.errors.join('; ')}`,
  }));
  setKnownExampleMismatches(registryPath, slug, mismatches);
  log(
    `${slug}: ${examples.checked} examples checked, ${mismatches.length} contradict the vendor's schema (listed as knownExampleMismatches)`,
  );

  const targets: TargetOutcome[] = [];
  for (const target of targetOrder) {
    try {
      const { changed } = await generate({ only: [target], apis: listApis() });
      targets.push({ target, changed });
      log(`${slug}: ${target}: wrote ${changed.length} file(s)`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      targets.push({ target, changed: [], error: message });
      log(`${slug}: ${target}: the generator refused the spec: ${message}`);
    }
  }
  const validationBudget = targets.some((t) => t.target === 'validation' && !t.error)
    ? await writeValidationBudget(slug, log)
    : undefined;
  return {
    slug,
    specPath: relative(repoRoot, specPath),
    ...(validationBudget === undefined ? {} : { validationBudget }),
    lintWarnings: report.warnings.length,
    examplesChecked: examples.checked,
    knownExampleMismatches: mismatches.length,
    targets,
  };
}

/** Measures the new API's validation bundle and records its budget in the registry entry. */
async function writeValidationBudget(slug: string, log: (line: string) => void): Promise<number> {
  const size = await validationBundleSize(slug);
  const budget = budgetFromSize(size);
  setBudget(registryPath, slug, 'validation', budget);
  log(
    `${slug}: validation bundle ${size} B gzip; budget ${budget} B written to the registry (growth beyond it fails the bundle test)`,
  );
  return budget;
}

function findRegistered(slug: string) {
  const api = listApis().find((candidate) => candidate.name === slug);
  if (!api) throw new Error(`${registryPath}: apis.${slug} was not written`);
  return api;
}
