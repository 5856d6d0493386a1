import type { HeadersOptions } from 'openapi-fetch';

/** Lower-case header name → value. A plain object is far cheaper for fetch than a Headers. */
export type HeaderRecord = Record<string, string>;

/**
 * Merges header sources left to right into a plain record, the way openapi-fetch's mergeHeaders
 * does (later wins, `null` removes, arrays repeat), without building Headers objects.
 */
export function mergeHeaderRecords(target: HeaderRecord, ...sources: unknown[]): HeaderRecord {
  for (const source of sources) {
    if (!source || typeof source !== 'object') continue;
    const entries: Iterable<[string, unknown]> =
      source instanceof Headers || Array.isArray(source)
        ? (source as Iterable<[string, unknown]>)
        : Object.entries(source as Record<string, unknown>);
    for (const [name, value] of entries) {
      const key = name.toLowerCase();
      if (value === null) delete target[key];
      else if (Array.isArray(value)) target[key] = value.map(String).join(', ');
      else if (value !== undefined) target[key] = String(value);
    }
  }
  return target;
}

export type { HeadersOptions };
