// Small pieces of generated source shared by the keyword compilers.

/** A JSON value as a source literal. */
export const literal = (value: unknown): string => JSON.stringify(value);

/**
 * The issue path of the value at `segments` below the function's own path `p`, built by the
 * runtime's `pathTo` (added to `helpers`): cheap at the root, and far less code than a spread.
 */
export function pathAt(segments: readonly string[], helpers: Set<string>): string {
  if (segments.length > 0) helpers.add('pathTo');
  return segments.reduce((path, segment) => `pathTo(${path}, ${segment})`, 'p');
}

/** `1 item`, `2 items`: a count with its noun, for messages. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
