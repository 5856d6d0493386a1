import { isObject } from '../openapi-walk.ts';

/** The spec's server URLs, each variable replaced by its default. */
export function serverUrls(servers: unknown): string[] {
  if (!Array.isArray(servers)) return [];
  return servers.filter(isObject).flatMap((server) => {
    if (typeof server.url !== 'string') return [];
    const variables = isObject(server.variables) ? server.variables : {};
    return [
      server.url.replace(/\{([^}]+)\}/g, (whole, variable: string) => {
        const entry = variables[variable];
        return isObject(entry) && typeof entry.default === 'string' ? entry.default : whole;
      }),
    ];
  });
}
