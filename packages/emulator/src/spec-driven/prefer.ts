/** What a caller asked the mock for, as Prism reads it. */
export interface Preferences {
  /** `Prefer: code=404` / `?__code=404`: answer with this documented status. */
  readonly code?: string;
  /** `Prefer: example=name` / `?__example=name`: answer with this named example. */
  readonly example?: string;
  /** `Prefer: dynamic=true` / `?__dynamic=true`: build the body from the schema, not an example. */
  readonly dynamic?: boolean;
}

/**
 * Reads `Prefer` (`code=404, example=missing`, comma or semicolon separated, values optionally
 * quoted) and Prism's query-string equivalents `__code`, `__example`, `__dynamic`; the header
 * wins where both are given.
 */
export function readPreferences(header: string | null, query: URLSearchParams): Preferences {
  if (header === null && query.size === 0) return none;
  const found: Record<string, string> = {};
  for (const name of ['code', 'example', 'dynamic']) {
    const value = query.get(`__${name}`);
    if (value !== null) found[name] = value;
  }
  for (const part of (header ?? '').split(/[,;]/)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim().toLowerCase();
    const value = part
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    if (name === 'code' || name === 'example' || name === 'dynamic') found[name] = value;
  }
  return {
    ...(found.code === undefined ? {} : { code: found.code }),
    ...(found.example === undefined ? {} : { example: found.example }),
    ...(found.dynamic === undefined ? {} : { dynamic: found.dynamic === 'true' }),
  };
}

const none: Preferences = {};

/** Whether the caller asked for anything: then the answer comes from the spec, not the state. */
export function hasPreferences(preferences: Preferences): boolean {
  return (
    preferences.code !== undefined ||
    preferences.example !== undefined ||
    preferences.dynamic !== undefined
  );
}
