import type { Check } from './check.ts';
import { addIssue, describeValue, type Issue, type Path } from './issues.ts';
import { type JsonType, jsonTypeOf, typeAccepts } from './json-type.ts';

/** One subschema of `oneOf` or `anyOf`, with what generation knows about it. */
export interface Alternative {
  readonly check: Check;
  /** The types it can accept at all; `undefined` when any type may pass. */
  readonly types: readonly JsonType[] | undefined;
  /** For messages: its title, component name or kind, e.g. `ANONYMOUS (0)`, `an integer`. */
  readonly label: string;
}

/**
 * Explains why no alternative matched (`anyOf`, or `oneOf` with none). When exactly one
 * alternative accepts the value's type, its own issues are the most useful answer; otherwise one
 * issue lists what would have been accepted.
 */
export function noAlternativeMatched(
  issues: Issue[],
  path: Path,
  value: unknown,
  alternatives: readonly Alternative[],
): false {
  const type = jsonTypeOf(value);
  let only: Alternative | undefined;
  let candidates = 0;
  for (const alternative of alternatives) {
    if (
      alternative.types === undefined ||
      (type !== undefined && acceptsType(alternative.types, type))
    ) {
      only = alternative;
      candidates++;
    }
  }
  if (candidates === 1 && only !== undefined) {
    const before = issues.length;
    if (!only.check(value, path, issues) && issues.length > before) return false;
  }
  return addIssue(
    issues,
    path,
    `expected one of: ${labelsOf(alternatives)}; got ${describeValue(value)}`,
  );
}

function acceptsType(types: readonly JsonType[], type: JsonType): boolean {
  for (const wanted of types) if (typeAccepts(wanted, type)) return true;
  return false;
}

function labelsOf(alternatives: readonly Alternative[]): string {
  return alternatives.map((alternative) => alternative.label).join(', ');
}

/** Explains a `oneOf` that more than one alternative matched. */
export function severalAlternativesMatched(
  issues: Issue[],
  path: Path,
  value: unknown,
  alternatives: readonly Alternative[],
): false {
  const matched = alternatives.filter((alternative) => alternative.check(value, path, undefined));
  const labels = matched.map((alternative) => alternative.label).join(', ');
  return addIssue(
    issues,
    path,
    `expected exactly one of the alternatives to match, but ${matched.length} did: ${labels}`,
  );
}
