// The rows of one payload, the same for every schema the validation suite measures: every side's
// verdict is checked first, then a verdict row and, for an invalid payload, an every-issue row.
import type { Row } from '../report/row.ts';
import type { SuiteOptions } from '../suite-options.ts';
import { named } from '../versions.ts';
import { type Check, compare } from './compare.ts';

/** Our compiled validator, as the generated modules give it. */
export interface OurValidator {
  is(value: unknown): boolean;
  readonly '~standard': { validate(value: unknown): unknown };
}

export interface PayloadContest {
  /** The row names' prefix: the schema's name. */
  readonly name: string;
  /** How our validator is reached in the contestants' labels, e.g. `schemas.PutBodyMessage`. */
  readonly oursLabel: string;
  readonly ours: OurValidator;
  readonly testCase: { readonly payload: string; readonly value: unknown; readonly valid: boolean };
  /** The anchors' verdicts (is the payload valid?). */
  readonly verdicts: [string, Check][];
  /** The anchors' lists of every issue, for an invalid payload. */
  readonly issues: { readonly ajv: Check; readonly typebox: Check; readonly zod: Check };
}

export async function payloadRows(contest: PayloadContest, options: SuiteOptions): Promise<Row[]> {
  const { name, oursLabel, ours, testCase, verdicts } = contest;
  const { value, valid } = testCase;
  // Same payload, same verdict: otherwise the timings compare different work.
  const answers = [ours.is(value), ...verdicts.map(([, check]) => check(value))];
  if (answers.some((answer) => answer !== valid)) {
    throw new Error(
      `${testCase.payload}: expected every verdict to be ${valid}, got ${answers.join(', ')}`,
    );
  }
  const standard: [string, Check] = [
    `ours: ${oursLabel}['~standard'].validate()`,
    (input) => ours['~standard'].validate(input),
  ];
  const rows = [
    await compare(
      `${name}: verdict`,
      testCase,
      [`ours: ${oursLabel}.is()`, (input) => ours.is(input)],
      verdicts,
      [standard],
      options,
    ),
  ];
  if (valid) return rows;
  // Every issue, each with its path: what a caller reporting the failure needs.
  const issues: [string, Check][] = [
    [`${named('ajv')} standalone, allErrors: true, .errors`, contest.issues.ajv],
    [`${named('@sinclair/typebox', 'TypeBox')} TypeCompiler [...Errors()]`, contest.issues.typebox],
    [`${named('zod')} safeParse().error.issues`, contest.issues.zod],
  ];
  rows.push(await compare(`${name}: every issue listed`, testCase, standard, issues, [], options));
  return rows;
}
