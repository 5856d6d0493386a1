/**
 * Whether `value` is a whole multiple of `divisor` (> 0). The quotient of two doubles carries
 * rounding error (0.0075 / 0.0001 is 74.99999999999999), so a quotient within a few ulps of a
 * whole number counts as whole; a quotient too large for a double falls back to the remainder.
 */
export function isMultipleOf(value: number, divisor: number): boolean {
  const quotient = value / divisor;
  if (!Number.isFinite(quotient)) return value % divisor === 0;
  const nearest = Math.round(quotient);
  return Math.abs(quotient - nearest) <= Math.abs(quotient) * 4 * Number.EPSILON;
}
