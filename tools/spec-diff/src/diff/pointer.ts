/** Appends one key to a JSON pointer, escaped as RFC 6901 says. */
export function childPointer(pointer: string, key: string | number): string {
  return `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** The value at a local pointer (`#/components/schemas/X`) in `document`, or `undefined`. */
export function valueAt(document: unknown, pointer: string): unknown {
  let node = document;
  for (const segment of pointer.replace(/^#\/?/, '').split('/')) {
    if (segment === '') continue;
    const key = decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
