// The differential property over schemas drawn from the JSON Schema Test Suite (draft 2020-12):
// for each group's schema, our compiled verdict equals @hyperjump/json-schema's on the group's
// own test data, damaged copies of it and random JSON (bounded: 60 inputs per schema).
// Groups where hyperjump itself fails the suite's verdicts are left out: no oracle there.
import {
  registerSchema,
  setShouldValidateFormat,
  unregisterSchema,
  validate,
} from '@hyperjump/json-schema/draft-2020-12';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type CompiledSuiteFile,
  compileSuiteFile,
} from './json-schema-suite/compile-suite-file.ts';
import { suiteDocuments, suiteFiles } from './json-schema-suite/suite-corpus.ts';
import { applyMutation, mutation, randomJson } from './support/schema-arbitrary.ts';

const inputsPerSchema = 60;
const dialect = 'https://json-schema.org/draft/2020-12/schema';
type OracleSchema = Parameters<typeof registerSchema>[0];
setShouldValidateFormat(false);
for (const document of suiteDocuments()) {
  const { uri } = document;
  // The remotes of other drafts (and of the next one, v1/) need dialects the oracle lacks.
  if (
    uri.startsWith('http://localhost:1234/') &&
    !/:1234\/(v1|draft(?!2020-12)[^/]*)\//.test(uri)
  ) {
    registerSchema(document.content as OracleSchema, uri, dialect);
  }
}

/**
 * hyperjump's multipleOf takes the floating-point remainder and counts one below 1.19e-7 as zero
 * (so 1e-8 is a multiple of 1); ours divides the decimals the numbers print as. The two differ
 * where a double and its decimal do: no oracle below 1e-6 or beyond 2^53.
 */
function hasInexactNumber(value: unknown): boolean {
  if (typeof value === 'number') {
    const magnitude = Math.abs(value);
    return (value !== 0 && magnitude < 1e-6) || magnitude > 2 ** 53;
  }
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(hasInexactNumber);
}

type Json = Parameters<Awaited<ReturnType<typeof validate>>>[0];

const files = suiteFiles('');
const compiledFiles: CompiledSuiteFile[] = [];
for (const file of files) compiledFiles.push(await compileSuiteFile(file, 'none'));

const counts = { compared: 0, withoutOracle: 0 };

describe('suite schemas agree with @hyperjump/json-schema (draft 2020-12)', () => {
  afterAll(() => {
    console.log(
      `suite schemas compared with hyperjump: ${counts.compared}, without an oracle: ${counts.withoutOracle}`,
    );
  });
  files.forEach((file, fileIndex) => {
    const compiled = compiledFiles[fileIndex];
    file.groups.forEach((group, index) => {
      const outcome = compiled?.groups[index];
      it(`${file.name} / ${group.description}`, async () => {
        if (outcome === undefined || 'refused' in outcome) throw new Error('not compiled');
        const uri = `https://json-schema-test-suite.invalid/differential/${file.name}/${index}.json`;
        try {
          // No oracle where hyperjump refuses the schema (it will not register file: URIs).
          try {
            registerSchema(group.schema as OracleSchema, uri, dialect);
          } catch {
            counts.withoutOracle++;
            return;
          }
          const oracle = await validate(uri);
          const agrees = (value: unknown) => oracle(value as Json).valid;
          // No oracle where hyperjump disagrees with the suite itself.
          if (group.tests.some((test) => agrees(test.data) !== test.valid)) {
            counts.withoutOracle++;
            return;
          }
          counts.compared++;
          const seeds = group.tests.map((test) => test.data);
          const inputs = fc.oneof(
            fc.constantFrom(...seeds),
            fc
              .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 2 }))
              .map(([value, steps]) => steps.reduce(applyMutation, value)),
            randomJson,
          );
          fc.assert(
            fc.property(inputs, (value) => {
              fc.pre(!hasInexactNumber(value));
              return outcome.validator.is(value) === agrees(value);
            }),
            { numRuns: inputsPerSchema, seed: index },
          );
          expect(true).toBe(true);
        } finally {
          unregisterSchema(uri);
        }
      });
    });
  });
});
