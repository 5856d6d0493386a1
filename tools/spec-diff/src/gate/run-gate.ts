import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { diffSpecs } from '../diff/diff-specs.ts';
import { formatReport, type OutputFormat } from '../format/index.ts';
import { git } from '../load/git.ts';
import { loadSpec } from '../load/load-spec.ts';
import type { DiffReport } from '../model.ts';
import { applyPolicy, gatePolicyFile, type Policy, readPolicy } from '../policy.ts';
import {
  type Bump,
  bumpAtLeast,
  type Changeset,
  largestBump,
  readPendingChangesets,
} from './changesets.ts';
import {
  existsAt,
  firstCommitWith,
  lastReleaseTag,
  publishedPackages,
  userFacingChanges,
} from './release-base.ts';

/** One API of the registry (`redocly.yaml` `apis:`). */
export interface GateApi {
  readonly name: string;
  /** Absolute path of the root spec file. */
  readonly root: string;
}

export interface GateOptions {
  /** Repository root: where `.changeset/`, `specs/` and `packages/` are. */
  readonly root: string;
  readonly apis: readonly GateApi[];
  /** Format of the per-API reports. @default 'text' */
  readonly format?: OutputFormat;
  /** Compare against this ref instead of the last release tag. @default the newest `changeset tag` tag */
  readonly baseRef?: string;
  /** Levels on top of oasdiff's. @default the repository's policy, `tools/spec-diff/spec-gate-policy.txt` */
  readonly policy?: Policy;
}

/** What the pending changesets must provide: a bump size, or just any changeset (an empty one too). */
export type Requirement = Bump | 'any-changeset' | 'nothing';

export interface GateResult {
  readonly ok: boolean;
  readonly required: Requirement;
  /** What to print: the reports, the verdict and, on failure, the changeset to add. */
  readonly output: string;
  readonly reports: readonly { readonly api: string; readonly report: DiffReport }[];
}

interface ApiDiff {
  readonly api: string;
  readonly baseRef: string;
  readonly report: DiffReport;
}

/**
 * The release gate: diffs each API against its last release and checks the pending changesets
 * ask for a large enough bump. ERR needs major, WARN at least minor, and any change under specs/
 * or packages/<name>/src needs some changeset: an empty one (`pnpm changeset --empty`) marks the
 * change as not user-facing.
 */
export async function runGate(options: GateOptions): Promise<GateResult> {
  const { root } = options;
  const policy = options.policy ?? readPolicy(gatePolicyFile);
  const packages = publishedPackages(root);
  const releaseTag = options.baseRef ?? lastReleaseTag(root, packages);
  const diffs: ApiDiff[] = [];
  const notes: string[] = [];
  for (const api of options.apis) {
    const path = relative(root, api.root);
    const baseRef =
      releaseTag && existsAt(root, releaseTag, path) ? releaseTag : firstCommitWith(root, path);
    if (!baseRef) {
      notes.push(
        `${api.name}: ${path} is not committed yet, so there is no earlier version to compare with.`,
      );
      continue;
    }
    if (!existsSync(api.root)) {
      notes.push(`${api.name}: ${path} is gone from the work tree.`);
      continue;
    }
    const base = await loadSpec(
      { kind: 'git', label: `${baseRef}:${path}`, ref: baseRef, path },
      root,
    );
    const head = await loadSpec({ kind: 'file', label: path, path: api.root }, root);
    const found = diffSpecs(base, head);
    diffs.push({
      api: api.name,
      baseRef,
      report: { ...found, changes: applyPolicy(found.changes, policy) },
    });
  }

  const filesBase =
    releaseTag ??
    oldest(
      root,
      diffs.map((diff) => diff.baseRef),
    ) ??
    rootCommit(root);
  const changedFiles = filesBase ? userFacingChanges(root, filesBase) : [];
  const changesets = readPendingChangesets(root);
  const bump = largestBump(changesets, packages);
  const all = diffs.flatMap((diff) => diff.report.changes);
  const required: Requirement = all.some((change) => change.level === 'ERR')
    ? 'major'
    : all.some((change) => change.level === 'WARN')
      ? 'minor'
      : changedFiles.length > 0 || all.length > 0
        ? 'any-changeset'
        : 'nothing';
  const ok =
    required === 'nothing' ||
    (required === 'any-changeset' ? changesets.length > 0 : bumpAtLeast(bump, required));

  const lines: string[] = [];
  const baseDescription = releaseTag
    ? `the last release, ${releaseTag}`
    : 'the first commit that has each spec (nothing has been released yet)';
  lines.push(`spec-gate: comparing the work tree with ${baseDescription}.`, '');
  for (const diff of diffs) {
    lines.push(formatReport(diff.report, options.format ?? 'text').trimEnd(), '');
  }
  for (const note of notes) lines.push(note);
  if (changedFiles.length > 0)
    lines.push(
      `${changedFiles.length} file(s) under specs/ or packages/*/src changed since ${filesBase}.`,
    );
  lines.push(`Pending changesets: ${describeChangesets(changesets, bump)}.`, '');
  if (ok) {
    lines.push(`spec-gate: OK (${verdictOk(required, bump)}).`);
  } else {
    lines.push(...failure(required, diffs, packages, changesets, root));
  }
  return {
    ok,
    required,
    output: `${lines.join('\n')}\n`,
    reports: diffs.map(({ api, report }) => ({ api, report })),
  };
}

function describeChangesets(changesets: readonly Changeset[], bump: Bump | 'none'): string {
  if (changesets.length === 0) return 'none';
  const empty = changesets.filter((changeset) => changeset.bumps.size === 0).length;
  return `${changesets.length} (largest bump for the published packages: ${bump}${empty ? `; ${empty} empty` : ''})`;
}

function verdictOk(required: Requirement, bump: Bump | 'none'): string {
  if (required === 'nothing') return 'no user-facing change since the base';
  if (required === 'any-changeset')
    return bump === 'none'
      ? 'changes are covered by an empty changeset: marked not user-facing'
      : `changes are covered by a ${bump} changeset`;
  return `${required} changes are covered by a ${bump} changeset`;
}

function failure(
  required: Requirement,
  diffs: readonly ApiDiff[],
  packages: readonly string[],
  changesets: readonly Changeset[],
  root: string,
): string[] {
  const lines: string[] = [];
  const levelNeeded = required === 'major' ? 'ERR' : 'WARN';
  if (required === 'major' || required === 'minor') {
    const apis = diffs
      .filter((diff) => diff.report.changes.some((change) => change.level === levelNeeded))
      .map((diff) => diff.api);
    const why =
      required === 'major'
        ? 'breaking changes (ERR)'
        : 'changes that need at least a minor release (WARN)';
    lines.push(
      `spec-gate: FAILED. ${apis.join(', ')} ${apis.length === 1 ? 'has' : 'have'} ${why}, and no pending changeset asks for a ${required} release of the published packages.`,
    );
    lines.push(
      '',
      `Add this file (or run \`pnpm changeset\` and pick ${required}), then write the text for the people who install the packages:`,
      '',
    );
    const file = freeName(root, required === 'major' ? 'api-breaking-change' : 'api-change');
    const frontmatter = packages.map((name) => `"${name}": ${required}`);
    const body = diffs.flatMap((diff) =>
      diff.report.changes
        .filter((change) => change.level === 'ERR' || change.level === levelNeeded)
        .map((change) => `- ${diff.api}: \`${change.location}\`: ${change.message}`),
    );
    lines.push(
      indent(file),
      '',
      indent(
        [
          '---',
          ...frontmatter,
          '---',
          '',
          'Say in one or two full sentences what changed for users and what they must do. The changes found:',
          '',
          ...body,
        ].join('\n'),
      ),
    );
    if (changesets.length > 0)
      lines.push(
        '',
        `(Or raise the bump in ${changesets.map((changeset) => changeset.file).join(', ')} to ${required}.)`,
      );
    return lines;
  }
  lines.push(
    'spec-gate: FAILED. Files under specs/ or packages/*/src changed since the base, and there is no pending changeset.',
  );
  lines.push(
    '',
    'If users will notice the change, run `pnpm changeset` (patch or minor) and describe it; the file looks like:',
    '',
  );
  const file = freeName(root, 'describe-your-change');
  lines.push(
    indent(file),
    '',
    indent(
      [
        '---',
        ...packages.map((name) => `"${name}": patch`),
        '---',
        '',
        'What changed, in one or two full sentences for the people who install the packages.',
      ].join('\n'),
    ),
  );
  lines.push(
    '',
    'If it is not user-facing (docs, refactoring, tests), mark it so with an empty changeset: `pnpm changeset --empty`, which writes:',
    '',
  );
  lines.push(indent(freeName(root, 'not-user-facing')), '', indent('---\n---'));
  return lines;
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `    ${line}`.trimEnd())
    .join('\n');

function freeName(root: string, stem: string): string {
  for (let index = 1; ; index += 1) {
    const name = `.changeset/${index === 1 ? stem : `${stem}-${index}`}.md`;
    if (!existsSync(join(root, name))) return name;
  }
}

// The earliest of the per-API bases: the files check starts where the oldest spec started.
function oldest(root: string, refs: readonly string[]): string | undefined {
  if (refs.length <= 1) return refs[0];
  const ordered = git(
    ['rev-list', '--topo-order', '--reverse', '--abbrev-commit', '--abbrev=12', 'HEAD'],
    root,
  ).split('\n');
  const commits = refs.map((ref) =>
    git(['rev-parse', '--short=12', `${ref}^{commit}`], root).trim(),
  );
  return commits.sort((a, b) => ordered.indexOf(a) - ordered.indexOf(b))[0];
}

function rootCommit(root: string): string | undefined {
  try {
    return git(['rev-list', '--max-parents=0', 'HEAD'], root).split('\n').filter(Boolean)[0];
  } catch {
    return undefined;
  }
}
