/** A request body that does not fit its media type; `pointer` is where (`/body/tags/1`). */
export class BodyShapeError extends Error {
  readonly pointer: string;

  constructor(pointer: string, problem: string) {
    super(`${pointer}: ${problem}`);
    this.pointer = pointer;
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** How a value is named in an error: its kind, never its content (it may be a secret). */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Blob) return 'a Blob';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
