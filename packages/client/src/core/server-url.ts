/** One entry of the spec's `servers`, variables filled with their defaults by the codegen. */
export interface ServerEntry {
  readonly url: string;
  readonly description?: string | undefined;
}

/** Where a generated client sends requests: a server of the spec, or any base URL. */
export interface ServerChoice {
  readonly baseUrl?: string | undefined;
  readonly environment?: string | undefined;
}

const isAbsolute = (url: string) => /^https?:\/\//i.test(url);
const trimmed = (url: string) => url.replace(/\/+$/, '');

/**
 * The base URL of a generated client: `baseUrl`, or the spec's server named by `environment`
 * (its URL), or the spec's only absolute server. Both, neither with several servers, or a URL the
 * spec does not list: a TypeError saying what was expected.
 */
export function chooseBaseUrl(servers: readonly ServerEntry[], choice: ServerChoice): string {
  const { baseUrl, environment } = choice;
  if (baseUrl !== undefined && environment !== undefined) {
    throw new TypeError(
      `expected environment or baseUrl, not both (environment ${String(environment)} would be ignored)`,
    );
  }
  if (baseUrl !== undefined) return baseUrl;
  const absolute = servers.map((server) => server.url).filter(isAbsolute);
  const known = absolute.length > 0 ? absolute.join(', ') : 'none with an absolute URL';
  if (environment !== undefined) {
    const found = absolute.find((url) => trimmed(url) === trimmed(String(environment)));
    if (found) return found;
    throw new TypeError(
      `environment: expected one of the spec's servers (${known}) or a baseUrl, got ${String(environment)}`,
    );
  }
  if (absolute.length === 1 && absolute[0]) return absolute[0];
  throw new TypeError(
    `expected a baseUrl, or an environment naming one of the spec's servers (${known})`,
  );
}

/**
 * The URL to ask for OAuth tokens. A relative token URL resolves against the spec's server
 * (RFC 3986), then, like an absolute one on a server of the spec, moves with the client to its
 * base URL (the emulator serves `/Token` under its own mount). A token URL on another host stays.
 */
export function tokenUrlFor(
  tokenUrl: string,
  baseUrl: string,
  servers: readonly ServerEntry[],
): string {
  const base = trimmed(baseUrl);
  const specServers = servers
    .map((server) => server.url)
    .filter(isAbsolute)
    .map(trimmed);
  const home = specServers.find((url) => base.startsWith(url)) ?? specServers[0];
  if (!isAbsolute(tokenUrl) && !home) {
    return base + (tokenUrl.startsWith('/') ? tokenUrl : `/${tokenUrl}`);
  }
  const absolute = isAbsolute(tokenUrl) ? tokenUrl : new URL(tokenUrl, `${home}/`).href;
  // Talking to a server of the spec: the token URL is where the spec says.
  if (specServers.includes(base)) return absolute;
  for (const server of specServers) {
    if (absolute.startsWith(`${server}/`)) return base + absolute.slice(server.length);
  }
  for (const server of specServers) {
    const origin = new URL(server).origin;
    if (absolute.startsWith(`${origin}/`)) return base + absolute.slice(origin.length);
  }
  return absolute;
}
