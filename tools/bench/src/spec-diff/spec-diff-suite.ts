// spec-diff end to end (bundle both specs, diff) on each registry spec against itself and against
// a changed copy, and on the synthetic spec against a changed copy. The anchor is the floor any
// diff tool pays first: bundling both specs with @redocly/openapi-core, no diff.
import { bundleFromString, createConfig } from '@redocly/openapi-core';
import { diffSpecs, loadSpecFromString } from '@sms-contracts/spec-diff';
import { bundleSpec } from '@sms-contracts/specs/load-api';
import { listApis } from '@sms-contracts/specs/registry';
import { stringify } from 'yaml';
import { alternate } from '../measure/alternate.ts';
import { wallMs } from '../measure/micro.ts';
import { type Row, row } from '../report/row.ts';
import type { SuiteOptions } from '../suite-options.ts';
import { changedCopy } from '../synthetic/changed-copy.ts';
import { syntheticSpec } from '../synthetic/synthetic-spec.ts';

interface Pair {
  readonly name: string;
  readonly payload: string;
  /** The head spec as YAML, and where it pretends to live ($refs resolve next to it). */
  readonly base: { readonly yaml: string; readonly path: string };
  readonly head: { readonly yaml: string; readonly path: string };
  readonly limitMs: number;
}

async function pairs(): Promise<Pair[]> {
  const result: Pair[] = [];
  for (const api of listApis()) {
    // Bundled first, so the changed copy can be written out as one file like the original.
    const document = await bundleSpec(api.root);
    const base = { yaml: stringify(document), path: api.root };
    const limitMs = 1000;
    result.push({
      name: `${api.name} vs itself`,
      payload: `specs/${api.name}, unchanged`,
      base,
      head: base,
      limitMs,
    });
    result.push({
      name: `${api.name} vs a changed copy`,
      payload: `specs/${api.name} vs its changed copy (tools/bench changedCopy)`,
      base,
      head: { yaml: stringify(changedCopy(document)), path: api.root },
      limitMs,
    });
  }
  const spec = syntheticSpec({ operations: 1000, schemas: 2000 });
  result.push({
    name: 'synthetic vs a changed copy',
    payload: 'synthetic spec, 1,000 operations, 2,000 schemas, vs its changed copy',
    base: { yaml: stringify(spec), path: '/synthetic/base.yaml' },
    head: { yaml: stringify(changedCopy(spec)), path: '/synthetic/head.yaml' },
    limitMs: 2000,
  });
  return result;
}

export async function specDiffSuite(options: SuiteOptions): Promise<Row[]> {
  const config = await createConfig({});
  const rows: Row[] = [];
  for (const pair of await pairs()) {
    let changes = 0;
    const diff = async () => {
      const [base, head] = await Promise.all([
        loadSpecFromString(pair.base.yaml, pair.base.path),
        loadSpecFromString(pair.head.yaml, pair.head.path),
      ]);
      changes = diffSpecs(base, head).changes.length;
    };
    const bundleOnly = () =>
      Promise.all(
        [pair.base, pair.head].map((side) =>
          bundleFromString({ source: side.yaml, absoluteRef: side.path, config }),
        ),
      );
    const big = pair.name.startsWith('synthetic');
    const [ours, floor] = await alternate(
      [
        { label: 'ours: spec-diff (bundle both + diff)', once: wallMs(diff) },
        { label: '@redocly/openapi-core bundle of both, no diff', once: wallMs(bundleOnly) },
      ],
      { warmup: 1, rounds: options.quick ? 2 : big ? 3 : 9, minRounds: 2, budgetMs: 45_000 },
    );
    if (!ours || !floor) throw new Error(`spec-diff ${pair.name}: a contestant did not run`);
    rows.push(
      row({
        suite: 'spec-diff',
        name: pair.name,
        payload: pair.payload,
        unit: 'ms',
        better: 'lower',
        ours: { label: ours.label, summary: ours.summary, note: `${changes} changes reported` },
        anchor: { label: floor.label, summary: floor.summary },
        goal: {
          text: `ours < ${pair.limitMs / 1000} s`,
          met: (measured) => measured.ours.summary.median < pair.limitMs,
        },
      }),
    );
  }
  return rows;
}
