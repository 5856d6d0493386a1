// Times spec-diff on a synthetic spec of 1,000 operations against a changed copy, and on each
// real spec of the registry against itself. Prints medians; not a test (no timing assertions).
// Run: pnpm --filter @sms-contracts/spec-diff bench
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { listApis } from '@sms-contracts/specs/registry';
import { stringify } from 'yaml';
import { diffDocuments, diffSpecs } from '../src/diff/diff-specs.ts';
import { loadSpec, loadSpecFromString } from '../src/load/load-spec.ts';
import { changedCopy, syntheticSpec } from './synthetic-spec.ts';

const runs = 7;

async function median(task: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const format = (ms: number) => `${ms.toFixed(1)} ms`;

const base = syntheticSpec(1000);
const head = changedCopy(base);
const [baseYaml, headYaml] = [stringify(base), stringify(head)];
const changes = diffDocuments(base, head);
const diffOnly = await median(() => diffDocuments(base, head));
const endToEnd = await median(async () => {
  const [a, b] = await Promise.all([
    loadSpecFromString(baseYaml, '/synthetic/base.yaml'),
    loadSpecFromString(headYaml, '/synthetic/head.yaml'),
  ]);
  return diffSpecs(a, b);
});
console.log(
  `synthetic spec, 1,000 operations vs a changed copy (${changes.length} changes found), median of ${runs}:`,
);
console.log(`  diff of bundled documents: ${format(diffOnly)}`);
console.log(`  bundle both + diff:        ${format(endToEnd)}`);

for (const api of listApis()) {
  if (!existsSync(api.root)) {
    console.log(`${api.name}: ${api.root} does not exist yet, skipped`);
    continue;
  }
  const input = { kind: 'file' as const, label: api.name, path: api.root };
  const time = await median(async () =>
    diffSpecs(await loadSpec(input, process.cwd()), await loadSpec(input, process.cwd())),
  );
  console.log(
    `${api.name} against itself (bundle both + diff), median of ${runs}: ${format(time)}`,
  );
}
