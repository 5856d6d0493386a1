// The differential property: for every component schema, our verdict equals the oracle's on
// generated valid, mutated and random values.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { CompiledModule } from './compile-module.ts';
import { oracleFor } from './oracle.ts';
import { SchemaArbitraries } from './schema-arbitrary.ts';

export interface DifferentialOptions {
  /** Inputs per schema. @default 10_000 */
  readonly numRuns?: number;
  /** Schemas whose inputs may all land on one side (e.g. `{}` or `false`). @default [] */
  readonly oneSided?: readonly string[];
}

/** Runs the property for one schema; returns how many inputs were valid and invalid. */
export async function checkSchemaAgainstOracle(
  apiName: string,
  document: { components?: { schemas?: Record<string, unknown> } },
  module: CompiledModule,
  schemaName: string,
  options: DifferentialOptions = {},
): Promise<{ valid: number; invalid: number }> {
  const oracle = await (await oracles(apiName, document))(schemaName);
  const ours = module.schemas[schemaName];
  if (ours === undefined) throw new Error(`no validator for ${schemaName}`);
  const schema = document.components?.schemas?.[schemaName] as boolean | Record<string, unknown>;
  const inputs = arbitraries(document).inputs(schema);
  const counts = { valid: 0, invalid: 0 };
  fc.assert(
    fc.property(inputs, (value) => {
      const expected = oracle(value);
      const result = ours['~standard'].validate(value);
      if (expected) counts.valid++;
      else counts.invalid++;
      if (!('value' in result && result.issues === undefined) !== !expected) return false;
      return ours.is(value) === expected;
    }),
    { numRuns: options.numRuns ?? 10_000, seed: seedFor(`${apiName}/${schemaName}`) },
  );
  if (!options.oneSided?.includes(schemaName)) {
    // Both sides must be exercised, or the comparison proves little.
    expect(counts.valid, `${schemaName}: valid inputs`).toBeGreaterThan(
      (options.numRuns ?? 10_000) * 0.05,
    );
    expect(counts.invalid, `${schemaName}: invalid inputs`).toBeGreaterThan(
      (options.numRuns ?? 10_000) * 0.05,
    );
  }
  return counts;
}

const oracleCache = new Map<string, ReturnType<typeof oracleFor>>();
function oracles(apiName: string, document: unknown) {
  let oracle = oracleCache.get(apiName);
  if (oracle === undefined) {
    oracle = oracleFor(apiName, document);
    oracleCache.set(apiName, oracle);
  }
  return oracle;
}

const arbitraryCache = new WeakMap<object, SchemaArbitraries>();
function arbitraries(document: object): SchemaArbitraries {
  let built = arbitraryCache.get(document);
  if (built === undefined) {
    built = new SchemaArbitraries(document);
    arbitraryCache.set(document, built);
  }
  return built;
}

/** A fixed seed per schema (reproducible in CI); FC_SEED=random explores new inputs. */
function seedFor(name: string): number | undefined {
  if (process.env.FC_SEED === 'random') return undefined;
  let hash = 2166136261;
  for (let index = 0; index < name.length; index++)
    hash = Math.imul(hash ^ name.charCodeAt(index), 16777619);
  return hash | 0;
}
