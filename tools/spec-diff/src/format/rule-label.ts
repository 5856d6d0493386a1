import type { Change } from '../model.ts';

/** The rule id as reports print it: ours say so, so that no reader takes them for oasdiff's. */
export function ruleLabel(change: Change): string {
  return change.source === 'oasdiff' ? change.id : `${change.id} (ours)`;
}
