import { consequence } from './describe.ts';
import type { NormalSchema } from './normalize.ts';
import type { SchemaWalk } from './schema-walk.ts';

// `.*`, `^.*$`, `[\s\S]*` and the like: patterns every string matches.
const matchesAnything = (pattern: string) => /^\^?(\.\*|\[\\s\\S\]\*)\$?$/.test(pattern);

/** Compares `pattern` (an empty one is none); a changed pattern cannot be ordered, so it asks for a check by hand. */
export function comparePattern(
  walk: SchemaWalk,
  base: NormalSchema,
  head: NormalSchema,
  path: string,
): void {
  if (base.pattern === head.pattern) return;
  const { direction } = walk.scope;
  if (base.pattern === undefined) {
    walk.report(
      'pattern-added',
      path,
      `pattern ${head.pattern} added: ${consequence(direction, 'narrows')}.`,
      head.pointer,
    );
  } else if (head.pattern === undefined) {
    walk.report(
      'pattern-removed',
      path,
      `pattern ${base.pattern} removed: ${consequence(direction, 'widens')}.`,
      head.pointer,
    );
  } else if (matchesAnything(head.pattern)) {
    walk.report(
      'pattern-generalized',
      path,
      `pattern changed from ${base.pattern} to ${head.pattern}, which matches any string: ${consequence(direction, 'widens')}.`,
      head.pointer,
    );
  } else {
    walk.report(
      'pattern-changed',
      path,
      `pattern changed from ${base.pattern} to ${head.pattern}: values valid before may not match any more, check by hand.`,
      head.pointer,
    );
  }
}
