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
  /** Reports a change of this schema's values, at the head's pointer. */
  const report = (suffix: string, message: string) =>
    walk.report(suffix, path, message, head.pointer);
  /** What a value change means, by the side of the exchange the schema is on. */
  const forSide = (request: string, response: string) =>
    direction === 'request' ? request : response;
  const [from, to] = [base.enumValues, head.enumValues];
  if (!from && !to) return;
  if (!from && to) {
    report(
      'became-enum',
      `restricted to the values ${to.map(formatValue).join(', ')}: ${consequence(direction, 'narrows')}.`,
    );
    return;
  }
  if (from && !to) {
    report(
      'became-not-enum',
      `no longer limited to a list of values: ${consequence(direction, 'widens')}.`,
    );
    return;
  }
  if (!from || !to) return;
  const [was] = from;
  const [now] = to;
  if (from.length === 1 && to.length === 1 && !sameValue(was, now)) {
    report(
      'const-changed',
      `the one allowed value changed from ${formatValue(was)} to ${formatValue(now)}: ${consequence(direction, 'incomparable')}.`,
    );
    return;
  }
  if (!base.extensible && head.extensible) {
    report('became-not-enum', `the enum became extensible: ${consequence(direction, 'widens')}.`);
  }
  for (const value of from) {
    if (to.some((other) => sameValue(value, other))) continue;
    if (base.extensible) {
      const who = forSide('requests that send it may be rejected', 'clients no longer receive it');
      report(
        'x-extensible-enum-value-removed',
        `value ${formatValue(value)} removed from the extensible enum: ${who}.`,
      );
    } else {
      const who = forSide('requests that send it are now rejected', 'clients no longer receive it');
      report('enum-value-removed', `enum value ${formatValue(value)} removed: ${who}.`);
    }
  }
  for (const value of to) {
    if (from.some((other) => sameValue(value, other))) continue;
    if (head.extensible && base.extensible) {
      report(
        'extensible-enum-value-added',
        `value ${formatValue(value)} added to an extensible enum: clients already handle unknown values.`,
      );
    } else {
      const who = forSide(
        'clients may now send it',
        'clients that switch over the values meet one they do not know',
      );
      report('enum-value-added', `enum value ${formatValue(value)} added: ${who}.`);
    }
  }
}
