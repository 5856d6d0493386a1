// Small pieces of generated source shared by the keyword compilers.

/** A JSON value as a source literal. */
export const literal = (value: unknown): string => JSON.stringify(value);

/** The issue path of the value at `segments` below the function's own path `p`. */
export function pathAt(segments: readonly string[]): string {
  return segments.length === 0 ? 'p' : `[...p, ${segments.join(', ')}]`;
}

/** The path passed to a nested check: only built when issues are being collected. */
export function childPath(segments: readonly string[]): string {
  return segments.length === 0 ? 'p' : `e === undefined ? p : [...p, ${segments.join(', ')}]`;
}

/** `1 item`, `2 items`: a count with its noun, for messages. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
