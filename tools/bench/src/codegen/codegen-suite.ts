// Our full generate (types, validators, client tables) against openapi-typescript alone, on each
// registry spec and on the synthetic one, the two taking turns in this process.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate, type TargetName } from '@sms-contracts/codegen';
import { defaultApiSettings, listApis } from '@sms-contracts/specs/registry';
import openapiTS, { astToString } from 'openapi-typescript';
import { stringify } from 'yaml';
import { alternate, type Contestant } from '../measure/alternate.ts';
import { wallMs } from '../measure/micro.ts';
import { cacheDir } from '../paths.ts';
import { type Row, row } from '../report/row.ts';
import type { SuiteOptions } from '../suite-options.ts';
import { syntheticSpec } from '../synthetic/synthetic-spec.ts';
import { named } from '../versions.ts';
import { scratchRoot } from './scratch-root.ts';

interface Input {
  readonly name: string;
  readonly root: string;
  readonly payload: string;
  /** Also time each of our targets alone, to show where the time goes. */
  readonly perTarget: boolean;
}

/** Our generate into a fresh scratch root (so every run writes every file), then removed. */
function ours(input: Input, only?: readonly TargetName[]): () => Promise<void> {
  return async () => {
    const outRoot = scratchRoot();
    try {
      await generate({
        apis: [{ name: input.name, root: input.root, settings: defaultApiSettings }],
        outRoot,
        ...(only ? { only } : {}),
      });
    } finally {
      rmSync(outRoot, { recursive: true, force: true });
    }
  };
}

/** openapi-typescript as its CLI runs it: read and bundle the file, emit, write the module. */
function anchor(input: Input): () => Promise<void> {
  const out = join(cacheDir, 'codegen', `${input.name}.openapi-typescript.ts`);
  return async () => {
    const ast = await openapiTS(pathToFileURL(input.root));
    writeFileSync(out, astToString(ast));
  };
}

function syntheticInput(): Input {
  const dir = join(cacheDir, 'codegen', 'synthetic');
  mkdirSync(dir, { recursive: true });
  const root = join(dir, 'openapi.yaml');
  writeFileSync(root, stringify(syntheticSpec({ operations: 1000, schemas: 2000 })));
  return {
    name: 'synthetic',
    root,
    payload: 'synthetic spec, 1,000 operations, 2,000 schemas (tools/bench/src/synthetic)',
    perTarget: true,
  };
}

export async function codegenSuite(options: SuiteOptions): Promise<Row[]> {
  mkdirSync(join(cacheDir, 'codegen'), { recursive: true });
  const inputs: Input[] = [
    ...listApis().map((api) => ({
      name: api.name,
      root: api.root,
      payload: `specs/${api.name} (registry spec)`,
      perTarget: false,
    })),
    syntheticInput(),
  ];
  const rows: Row[] = [];
  for (const input of inputs) {
    const targets: TargetName[] = ['types', 'validation', 'client'];
    const contestants: Contestant[] = [
      { label: 'ours: generate() (types + validation + client)', once: wallMs(ours(input)) },
      { label: `${named('openapi-typescript')} alone`, once: wallMs(anchor(input)) },
      ...(input.perTarget
        ? targets.map((target) => ({
            label: `ours: generate({ only: ['${target}'] })`,
            once: wallMs(ours(input, [target])),
          }))
        : []),
    ];
    const big = input.name === 'synthetic';
    const [own, other, ...parts] = await alternate(contestants, {
      // The real-spec rows before the synthetic one have run the same code in this process: they
      // are its warm-up, which saves a round of about 30 s.
      warmup: big ? 0 : 1,
      rounds: options.quick ? 1 : big ? 3 : 5,
      minRounds: 1,
      budgetMs: big ? 90_000 : 20_000,
    });
    if (!own || !other) throw new Error(`codegen ${input.name}: a contestant did not run`);
    rows.push(
      row({
        suite: 'codegen',
        name: `full generate, ${input.name}`,
        payload: input.payload,
        unit: 'ms',
        better: 'lower',
        ours: { label: own.label, summary: own.summary },
        anchor: { label: other.label, summary: other.summary },
        goal: {
          text: 'ours ≤ 2× openapi-typescript alone',
          met: (measured) => measured.ratio <= 2,
        },
        also: parts.map((part) => ({
          label: part.label,
          summary: part.summary,
          note: 'each alone bundles the spec again',
        })),
      }),
    );
  }
  return rows;
}
