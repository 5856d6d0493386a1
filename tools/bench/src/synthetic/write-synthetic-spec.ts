// Writes the synthetic spec (and, with --changed, its changed copy) as YAML, for trying the
// generators or spec-diff on it by hand:
//   pnpm --filter @sms-contracts/bench synthetic-spec <out.yaml> [--changed <changed.yaml>]
//     [--operations 1000] [--schemas 2000]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { changedCopy } from './changed-copy.ts';
import { syntheticSpec } from './synthetic-spec.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    changed: { type: 'string' },
    operations: { type: 'string', default: '1000' },
    schemas: { type: 'string', default: '2000' },
  },
});
const [out] = positionals;
if (!out) throw new Error('usage: write-synthetic-spec.ts <out.yaml> [--changed <changed.yaml>]');
const spec = syntheticSpec({
  operations: Number(values.operations),
  schemas: Number(values.schemas),
});
// INIT_CWD: the folder pnpm was started from, so relative paths mean what the caller meant.
const base = process.env.INIT_CWD ?? process.cwd();
writeFileSync(resolve(base, out), stringify(spec));
if (values.changed) writeFileSync(resolve(base, values.changed), stringify(changedCopy(spec)));
