/** A JSON object as parsed from a spec: what the rewrites and walkers of this package handle. */
export type Node = Record<string, unknown>;

/** True for a JSON object (not an array, not null). */
export const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
