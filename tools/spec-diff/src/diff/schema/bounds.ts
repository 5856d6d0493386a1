// Numeric bounds in normal form: `exclusiveMaximum` as a number (3.1) or a flag (3.0), the stricter of two.
import type { Bound } from './normal-schema.ts';
export function stricterMax(a: Bound | undefined, b: Bound | undefined): Bound | undefined {
  if (!a || !b) return a ?? b;
  if (a.value !== b.value) return a.value < b.value ? a : b;
  return a.exclusive ? a : b;
}

export function stricterMin(a: Bound | undefined, b: Bound | undefined): Bound | undefined {
  if (!a || !b) return a ?? b;
  if (a.value !== b.value) return a.value > b.value ? a : b;
  return a.exclusive ? a : b;
}

export function readMax(
  node: Record<string, unknown>,
  value: string,
  exclusive: string,
): Bound | undefined {
  const inclusive = typeof node[value] === 'number' ? (node[value] as number) : undefined;
  const flag = node[exclusive];
  if (typeof flag === 'number')
    return stricterMaxOrMin(value, { value: flag, exclusive: true }, inclusive);
  if (inclusive === undefined) return undefined;
  return { value: inclusive, exclusive: flag === true };
}

export function stricterMaxOrMin(
  keyword: string,
  exclusive: Bound,
  inclusive: number | undefined,
): Bound {
  if (inclusive === undefined) return exclusive;
  const other = { value: inclusive, exclusive: false };
  return (
    (keyword === 'maximum' ? stricterMax(exclusive, other) : stricterMin(exclusive, other)) ??
    exclusive
  );
}
