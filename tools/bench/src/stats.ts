// The statistics every row is built from: medians (robust to the odd slow run on a shared
// machine), a spread that says how far to trust them, and the turn order that alternates sides.

/** A set of measured runs of one side, reduced to what the report shows. */
export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Median absolute deviation as a percentage of the median: ±this much is typical noise. */
  readonly spreadPercent: number;
  /** How many measured runs (warm-up excluded). */
  readonly runs: number;
}

/** The middle value; the mean of the two middle ones for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median: expected at least one value, got none');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The value below which a fraction `q` (0..1) of `values` lie (nearest rank). */
export function quantile(values: ArrayLike<number>, q: number): number {
  if (values.length === 0) throw new RangeError('quantile: expected at least one value, got none');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile: expected q in [0, 1], got ${q}`);
  const sorted = Float64Array.from(values).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Median, range and relative median absolute deviation of a sample. */
export function summarize(values: readonly number[]): Summary {
  const middle = median(values);
  const deviation = median(values.map((value) => Math.abs(value - middle)));
  return {
    median: middle,
    min: Math.min(...values),
    max: Math.max(...values),
    spreadPercent: middle === 0 ? 0 : (deviation / Math.abs(middle)) * 100,
    runs: values.length,
  };
}

/**
 * The order in which `sides` sides take their turn in round `round`: a rotation, so over
 * `sides` consecutive rounds every side runs once in every position and drift (thermal,
 * background work, GC pressure) lands on all of them alike. Two sides: AB, BA, AB, …
 */
export function turnOrder(sides: number, round: number): number[] {
  if (!Number.isInteger(sides) || sides < 1) {
    throw new RangeError(`turnOrder: expected a positive whole number of sides, got ${sides}`);
  }
  const shift = ((round % sides) + sides) % sides;
  return Array.from({ length: sides }, (_, turn) => (turn + shift) % sides);
}

/** `ours / anchor`; what it means (better above or below 1) is the row's to say. */
export function ratio(ours: number, anchor: number): number {
  return anchor === 0 ? Number.POSITIVE_INFINITY : ours / anchor;
}
