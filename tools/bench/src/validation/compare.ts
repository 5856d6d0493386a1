// One validation row: our contestant first, then the anchors, every one taking turns; the row's
// anchor is the fastest of them.
import { alternate, type Contestant, type Measured } from '../measure/alternate.ts';
import { opsPerSecond } from '../measure/micro.ts';
import { type Row, row, type SideResult } from '../report/row.ts';
import type { SuiteOptions } from '../suite-options.ts';

export type Check = (value: unknown) => unknown;

/** One row: our contestant first, then the anchors, all taking turns; anchor = the fastest. */
export async function compare(
  name: string,
  testCase: { readonly payload: string; readonly value: unknown },
  ours: [string, Check],
  anchors: [string, Check][],
  extras: [string, Check][],
  options: SuiteOptions,
): Promise<Row> {
  const contestants: Contestant[] = [ours, ...anchors, ...extras].map(([label, check]) => ({
    label,
    once: opsPerSecond(() => check(testCase.value)),
  }));
  const measured = await alternate(contestants, {
    warmup: 2,
    rounds: options.quick ? 5 : 15,
    budgetMs: 15_000,
  });
  const [own, ...rest] = measured;
  const measuredAnchors = rest.slice(0, anchors.length);
  const fastest = [...measuredAnchors].sort((a, b) => b.summary.median - a.summary.median)[0];
  if (!own || !fastest) throw new Error(`${name}: a contestant did not run`);
  const side = (result: Measured): SideResult => ({ label: result.label, summary: result.summary });
  return row({
    suite: 'validation',
    name,
    payload: testCase.payload,
    unit: 'ops/s',
    better: 'higher',
    ours: side(own),
    anchor: { label: `${fastest.label} (fastest anchor)`, summary: fastest.summary },
    goal: { text: 'ours ≥ the fastest anchor', met: (measuredRow) => measuredRow.ratio >= 1 },
    also: rest.filter((result) => result !== fastest).map(side),
  });
}
