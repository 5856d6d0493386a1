import { consequence, formatValue } from './describe.ts';
import { type NormalSchema, sameValue } from './normalize.ts';
import type { SchemaWalk } from './schema-walk.ts';

/** Compares `enum`/`const` and `x-extensible-enum`: the list itself, values removed and added. */
export function compareEnums(
  walk: SchemaWalk,
  base: NormalSchema,
  head: NormalSchema,
  path: string,
): void {
  const { direction } = walk.scope;
  const [from, to] = [base.enumValues, head.enumValues];
  if (!from && !to) return;
  if (!from && to) {
    walk.report(
      'became-enum',
      path,
      `restricted to the values ${to.map(formatValue).join(', ')}: ${consequence(direction, 'narrows')}.`,
      head.pointer,
    );
    return;
  }
  if (from && !to) {
    walk.report(
      'became-not-enum',
      path,
      `no longer limited to a list of values: ${consequence(direction, 'widens')}.`,
      head.pointer,
    );
    return;
  }
  if (!from || !to) return;
  const [was] = from;
  const [now] = to;
  if (from.length === 1 && to.length === 1 && !sameValue(was, now)) {
    walk.report(
      'const-changed',
      path,
      `the one allowed value changed from ${formatValue(was)} to ${formatValue(now)}: ${consequence(direction, 'incomparable')}.`,
      head.pointer,
    );
    return;
  }
  if (!base.extensible && head.extensible) {
    walk.report(
      'became-not-enum',
      path,
      `the enum became extensible: ${consequence(direction, 'widens')}.`,
      head.pointer,
    );
  }
  for (const value of from) {
    if (to.some((other) => sameValue(value, other))) continue;
    if (base.extensible) {
      const who =
        direction === 'request'
          ? 'requests that send it may be rejected'
          : 'clients no longer receive it';
      walk.report(
        'x-extensible-enum-value-removed',
        path,
        `value ${formatValue(value)} removed from the extensible enum: ${who}.`,
        head.pointer,
      );
    } else {
      const who =
        direction === 'request'
          ? 'requests that send it are now rejected'
          : 'clients no longer receive it';
      walk.report(
        'enum-value-removed',
        path,
        `enum value ${formatValue(value)} removed: ${who}.`,
        head.pointer,
      );
    }
  }
  for (const value of to) {
    if (from.some((other) => sameValue(value, other))) continue;
    if (head.extensible && base.extensible) {
      walk.report(
        'extensible-enum-value-added',
        path,
        `value ${formatValue(value)} added to an extensible enum: clients already handle unknown values.`,
        head.pointer,
      );
    } else {
      const who =
        direction === 'response'
          ? 'clients that switch over the values meet one they do not know'
          : 'clients may now send it';
      walk.report(
        'enum-value-added',
        path,
        `enum value ${formatValue(value)} added: ${who}.`,
        head.pointer,
      );
    }
  }
}
