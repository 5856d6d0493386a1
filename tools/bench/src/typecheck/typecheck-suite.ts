// tsc time of a consumer program per API, with TypeScript 7 (native) and 5.9: against our
// @sms-contracts/types, and against openapi-typescript's output alone for the same spec.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSpec } from '@sms-contracts/specs/load-api';
import { listApis } from '@sms-contracts/specs/registry';
import openapiTS, { astToString } from 'openapi-typescript';
import { alternate } from '../measure/alternate.ts';
import { cacheDir, packageDir } from '../paths.ts';
import { type Row, row, type SideResult } from '../report/row.ts';
import type { SuiteOptions } from '../suite-options.ts';
import { named, versionOf } from '../versions.ts';
import { consumerProgram } from './consumer-program.ts';

// Both compilers are this package's devDependencies; `typescript-7` is an npm alias. Their
// `exports` hide bin/, so the path is built, not resolved.
const tscOf = (pkg: string) => join(packageDir, 'node_modules', pkg, 'bin', 'tsc');
const compilers = [
  { name: `TypeScript ${versionOf('typescript-7')}`, tsc: tscOf('typescript-7') },
  { name: `TypeScript ${versionOf('typescript')}`, tsc: tscOf('typescript') },
];

const compilerOptions = {
  target: 'es2022',
  module: 'nodenext',
  moduleResolution: 'nodenext',
  strict: true,
  noEmit: true,
  // The declaration files are checked too: that is where deep or cyclic types cost.
  skipLibCheck: false,
  types: [],
};

interface Outcome {
  readonly ms: number;
  readonly status: number | null;
  /** The first error line, when tsc reported one. */
  readonly error: string;
}

function typecheck(tsc: string, dir: string, project: string): Outcome {
  const started = performance.now();
  const result = spawnSync(process.execPath, [tsc, '-p', project], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const ms = performance.now() - started;
  const error =
    `${result.stdout}${result.stderr}`.split('\n').find((line) => line.includes('error')) ?? '';
  return { ms, status: result.status, error };
}

/** Writes both programs for `api` and returns their folder. */
async function prepare(api: { name: string; root: string }): Promise<string> {
  const dir = join(cacheDir, 'typecheck', api.name);
  mkdirSync(dir, { recursive: true });
  const document = await bundleSpec(api.root);
  writeFileSync(
    join(dir, 'anchor.d.ts'),
    astToString(await openapiTS(structuredClone(document) as never)),
  );
  const sides = { ours: `@sms-contracts/types/${api.name}`, anchor: './anchor.js' };
  for (const [side, specifier] of Object.entries(sides)) {
    writeFileSync(join(dir, `consumer-${side}.ts`), consumerProgram(document, specifier));
    const config = { compilerOptions, files: [`consumer-${side}.ts`] };
    writeFileSync(join(dir, `tsconfig.${side}.json`), `${JSON.stringify(config, null, 2)}\n`);
  }
  return dir;
}

export async function typecheckSuite(options: SuiteOptions): Promise<Row[]> {
  const rows: Row[] = [];
  for (const api of listApis()) {
    const dir = await prepare(api);
    for (const compiler of compilers) {
      const [ours, anchor] = await alternate(
        [
          {
            label: `ours: @sms-contracts/types/${api.name}`,
            once: () => typecheck(compiler.tsc, dir, 'tsconfig.ours.json'),
          },
          {
            label: `${named('openapi-typescript')} output alone`,
            once: () => typecheck(compiler.tsc, dir, 'tsconfig.anchor.json'),
          },
        ],
        {
          warmup: 1,
          rounds: options.quick ? 1 : 3,
          minRounds: 1,
          budgetMs: 30_000,
          pick: (outcome) => outcome.ms,
        },
      );
      if (!ours || !anchor) throw new Error(`typecheck ${api.name}: a side did not run`);
      const note = (side: typeof ours): string | undefined => {
        const failed = side.samples.find((outcome) => outcome.status !== 0);
        return failed ? `tsc exit ${failed.status}: ${failed.error.trim()}` : undefined;
      };
      const side = (measured: typeof ours): SideResult => {
        const text = note(measured);
        return text
          ? { label: measured.label, summary: measured.summary, note: text }
          : { label: measured.label, summary: measured.summary };
      };
      rows.push(
        row({
          suite: 'typecheck',
          name: `tsc --noEmit, ${compiler.name}, ${api.name}`,
          payload: `a consumer naming every schema and every operation's parameters, body and responses of ${api.name}`,
          unit: 'ms',
          better: 'lower',
          ours: side(ours),
          anchor: side(anchor),
          goal: {
            text: 'compiles clean (exit 0)',
            met: () => ours.samples.every((outcome) => outcome.status === 0),
          },
        }),
      );
    }
  }
  return rows;
}
