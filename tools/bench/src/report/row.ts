// One line of the report: both sides, the payload, their medians and spread, and the ratio.
import { ratio, type Summary, summarize } from '../stats.ts';

export type SuiteName =
  | 'codegen'
  | 'validation'
  | 'client'
  | 'emulator'
  | 'spec-driven'
  | 'spec-diff'
  | 'sizes'
  | 'typecheck';

/** What a row's numbers are; decides how they print and which way is better. */
export type Unit = 'ms' | 'ops/s' | 'req/s' | 'µs/req' | 'bytes';

export interface SideResult {
  /** Who: "ours: generate()", "openapi-typescript 7.13.0", … */
  readonly label: string;
  readonly summary: Summary;
  /** Anything a reader needs to take the number right (e.g. "exit code 2: TS2321"). */
  readonly note?: string;
}

export interface Goal {
  /** The goal in words, e.g. "ours ≤ 2× openapi-typescript". */
  readonly text: string;
  readonly met: boolean;
}

export interface Row {
  readonly suite: SuiteName;
  /** What is measured, e.g. "full generate, gateway-sms". */
  readonly name: string;
  /** The input both sides got. */
  readonly payload: string;
  readonly unit: Unit;
  /** Whether a larger or a smaller number is the better one. */
  readonly better: 'higher' | 'lower';
  readonly ours: SideResult;
  readonly anchor: SideResult;
  /** `ours.median / anchor.median`. */
  readonly ratio: number;
  readonly goal?: Goal;
  /** Other contestants of the same alternation (raw fetch, the slower anchors, …). */
  readonly also?: readonly SideResult[];
}

export type RowInput = Omit<Row, 'ratio' | 'goal'> & {
  /** Turns the ratio and the medians into a goal verdict; omitted for informational rows. */
  readonly goal?: { readonly text: string; readonly met: (row: Omit<Row, 'goal'>) => boolean };
};

/** A row with its ratio and goal verdict worked out. */
export function row(input: RowInput): Row {
  const { goal, ...rest } = input;
  const withRatio = {
    ...rest,
    ratio: ratio(input.ours.summary.median, input.anchor.summary.median),
  };
  return goal ? { ...withRatio, goal: { text: goal.text, met: goal.met(withRatio) } } : withRatio;
}

/** A side measured once (a size, a deterministic count): its summary has no spread. */
export function single(label: string, value: number, note?: string): SideResult {
  return note === undefined
    ? { label, summary: summarize([value]) }
    : { label, summary: summarize([value]), note };
}
