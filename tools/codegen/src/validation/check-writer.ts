// What a keyword compiler may do to the check function being written. `FunctionBody` is the one
// implementation; the keyword compilers (`*-checks.ts`) see only this, so the body can call them
// without a cycle back to it.
import type { JsonType } from './keywords.ts';
import type { ModuleContext } from './module-context.ts';

export interface CheckWriter {
  /** The module being compiled: helpers, constants, other checks. */
  readonly compiler: ModuleContext;
  emit(...lines: string[]): void;
  /** How many lines are written so far: a mark to `truncate` back to. */
  readonly lineCount: number;
  /** Drops the lines written after `count`, e.g. a guard that turned out to hold no checks. */
  truncate(count: number): void;
  replaceLastLine(line: string): void;
  /** The JSON type a test around the code being written established for `v`, if any. */
  knownType(v: string): JsonType | undefined;
  /** A fresh local variable name. */
  variable(prefix: string): string;
  /** The variable recording what is evaluated of the value `v`, if anything asks. */
  recordFor(v: string): string | undefined;
  /** Records an issue at `segments` (fast mode: fail at once). */
  fail(segments: readonly string[], message: string): void;
  /** Records an issue about the value `v` itself. */
  failValue(segments: readonly string[], message: string, v: string): void;
  /** Ends the array loop when `v` is its item and could be a hole. */
  breakOnHole(v: string): void;
  /** Compiles the body of an array loop over `item`. */
  inLoopOver(item: string, compileBody: () => void): void;
  /** `expected <what>, got <value>`. */
  expected(what: string, value: string): string;
  /** A call of another check: `check(value, path, issues[, d][, record])`. */
  invoke(check: string, value: string, path: string, issues: string, record?: string): string;
  /**
   * Compiles a required property's schema so that its leading type test also reports the
   * property missing; false (nothing compiled) when the schema does not start with one.
   */
  compileRequired(
    schema: unknown,
    pointer: string,
    v: string,
    segments: readonly string[],
  ): boolean;
  /** A `$dynamicRef`'s candidates compiled in place, with the variables telling the choice. */
  dynamicChoices(schema: unknown, pointer: string): { chosen: string; location: string }[];
  /** Compiles with every `$dynamicRef` calling the scope's choice. */
  callingDynamicTargets(compile: () => void): void;
  /** Compiles a subschema in place on the value in `v`. */
  compile(schema: unknown, pointer: string, v: string, segments: readonly string[]): void;
  /** A check function for a subschema (the referenced one for a bare `$ref`). */
  subschemaCheck(schema: unknown, pointer: string, suffix: string, evaluates?: boolean): string;
}
