import type { Direction } from '../../rules.ts';
import type { Bound, NormalSchema } from './normalize.ts';

export function formatValue(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

export function describeTypes(schema: NormalSchema): string {
  const types = schema.types ? [...schema.types].sort().join(' or ') : 'any type';
  return schema.format ? `${types} (format ${schema.format})` : types;
}

export function describeBound(bound: Bound | number | undefined): string {
  if (bound === undefined) return 'none';
  if (typeof bound === 'number') return String(bound);
  return bound.exclusive ? `${bound.value} (exclusive)` : String(bound.value);
}

/** The second half of a message: who is hurt, given what the change does to the allowed values. */
export function consequence(
  direction: Direction,
  effect: 'narrows' | 'widens' | 'incomparable',
): string {
  if (direction === 'request') {
    if (effect === 'widens')
      return 'the API accepts more than before; existing requests keep working';
    return 'requests that were valid before may now be rejected';
  }
  if (effect === 'narrows') return 'clients receive a subset of what they handled before';
  return 'clients may receive values they were not written to handle';
}
