// Declares one vitest case per suite test: the compiled validator's verdict must be the suite's,
// unless the case is listed in the known failures with a reason (a listed case that passes
// fails too, so the list stays true). Prints how many passed.
import { readFileSync } from 'node:fs';
import type { FormatPolicy } from '@sms-contracts/codegen';
import { afterAll, describe, expect, it } from 'vitest';
import { type CompiledSuiteFile, compileSuiteFile } from './compile-suite-file.ts';
import type { SuiteFile } from './suite-corpus.ts';

/** `<file> / <group description> / <test description>` → why it fails. */
export type KnownFailures = Readonly<Record<string, string>>;

export function readKnownFailures(name: string): KnownFailures {
  return JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8')) as KnownFailures;
}

export async function describeSuite(
  title: string,
  files: readonly SuiteFile[],
  formats: FormatPolicy,
  knownFailures: KnownFailures,
): Promise<void> {
  const compiled: CompiledSuiteFile[] = [];
  for (const file of files) compiled.push(await compileSuiteFile(file, formats));
  const total = files.reduce(
    (sum, file) => sum + file.groups.reduce((count, group) => count + group.tests.length, 0),
    0,
  );
  let passed = 0;
  describe(title, () => {
    afterAll(() => {
      console.log(`${title}: ${passed} of ${total} passed`);
    });
    files.forEach((file, fileIndex) => {
      describe(file.name, () => {
        file.groups.forEach((group, groupIndex) => {
          const outcome = compiled[fileIndex]?.groups[groupIndex];
          for (const test of group.tests) {
            const key = `${file.name} / ${group.description} / ${test.description}`;
            it(`${group.description} / ${test.description}`, () => {
              const verdict =
                outcome === undefined || 'refused' in outcome
                  ? undefined
                  : verdictOf(outcome.validator, test.data);
              const right = verdict === test.valid;
              if (right) passed++;
              const reason = knownFailures[key];
              if (reason !== undefined) {
                expect(right, `listed as a known failure (${reason}) but passes`).toBe(false);
                return;
              }
              const refusal = outcome !== undefined && 'refused' in outcome ? outcome.refused : '';
              expect(verdict, `${key}${refusal}`).toBe(test.valid);
            });
          }
        });
      });
    });
  });
}

/** The verdict of both entry points, which must agree; issues must say what and where. */
function verdictOf(
  validator: {
    is(value: unknown): boolean;
    '~standard': {
      validate(value: unknown): {
        issues?: readonly { message: string; path: readonly unknown[] }[];
      };
    };
  },
  data: unknown,
): boolean {
  const result = validator['~standard'].validate(data);
  const valid = result.issues === undefined;
  expect(validator.is(data)).toBe(valid);
  for (const issue of result.issues ?? []) {
    expect(issue.message).toMatch(/\S/);
    expect(Array.isArray(issue.path)).toBe(true);
  }
  return valid;
}
