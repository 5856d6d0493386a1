import type { Level } from '../model.ts';

/** Whose id a rule is: oasdiff's (same meaning, same level), or one of ours. */
export type RuleSource = 'oasdiff' | 'sms-contracts';

export interface Rule {
  readonly id: string;
  /** The default level: oasdiff's for its ids; for ours, the level of the oasdiff check it refines. */
  readonly level: Level;
  /** What the rule detects, for the catalogue in the README. */
  readonly description: string;
  readonly source: RuleSource;
}

/** A rule as written in the lists: `level` only for ids oasdiff does not have. */
export interface RuleDefinition {
  readonly id: string;
  readonly description: string;
  readonly level?: Level;
}
