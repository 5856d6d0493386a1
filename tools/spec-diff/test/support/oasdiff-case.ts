// Runs one case of oasdiff's checker tests (test/oasdiff-cases/<name>/) through spec-diff and puts
// our verdict next to oasdiff's: the highest level and the set of ERR/WARN ids, looked at the way
// oasdiff's test looked (only the ids of the check it ran, only changes at its threshold or worse).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { diffSpecs } from '../../src/diff/diff-specs.ts';
import { loadSpec } from '../../src/load/load-spec.ts';
import { isAtLeast, type Level } from '../../src/model.ts';

export const oasdiffCases = resolve(import.meta.dirname, '../oasdiff-cases');

/** `expected.json` of a case, the fields this comparison reads. */
interface OasdiffExpectation {
  readonly level: Level | 'NONE';
  readonly ids: readonly string[];
  readonly threshold: Level;
  readonly scope_ids?: readonly string[];
}

/** The highest ERR/WARN level and the sorted ERR/WARN ids of one side. */
export interface Verdict {
  readonly level: Level | 'NONE';
  readonly ids: readonly string[];
}

export interface CaseResult {
  readonly name: string;
  readonly oasdiff: Verdict;
  readonly ours: Verdict;
  readonly agrees: boolean;
}

function verdictOf(changes: readonly { id: string; level: Level }[]): Verdict {
  const flagged = changes.filter((change) => change.level !== 'INFO');
  const level = flagged.some((change) => change.level === 'ERR')
    ? 'ERR'
    : flagged.length > 0
      ? 'WARN'
      : 'NONE';
  return { level, ids: [...new Set(flagged.map((change) => change.id))].sort() };
}

export async function runOasdiffCase(name: string): Promise<CaseResult> {
  const folder = resolve(oasdiffCases, name);
  const expected: OasdiffExpectation = JSON.parse(
    readFileSync(resolve(folder, 'expected.json'), 'utf8'),
  );
  const file = (base: string) => ({
    kind: 'file' as const,
    label: `${name}/${base}`,
    path: resolve(folder, base),
  });
  const report = diffSpecs(
    await loadSpec(file('base.yaml'), oasdiffCases),
    await loadSpec(file('head.yaml'), oasdiffCases),
  );
  const scope = expected.scope_ids ? new Set(expected.scope_ids) : undefined;
  const looked = report.changes.filter(
    (change) => (!scope || scope.has(change.id)) && isAtLeast(change.level, expected.threshold),
  );
  const ours = verdictOf(looked);
  const oasdiff: Verdict = { level: expected.level, ids: [...expected.ids].sort() };
  const agrees =
    ours.level === oasdiff.level && JSON.stringify(ours.ids) === JSON.stringify(oasdiff.ids);
  return { name, oasdiff, ours, agrees };
}
