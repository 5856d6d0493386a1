import type { PathSerializer, QuerySerializer, QuerySerializerOptions } from 'openapi-fetch';
import type { Params } from './url-params.ts';

const isPrimitive = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
const isPlainTemplate = (path: string) => !/\{[.;]|\*\}/.test(path);

/**
 * The request URL. Primitive path and query values in the default style (what both specs use)
 * are written here exactly as openapi-fetch writes them; anything else (arrays, objects, label
 * or matrix styles, custom serializers) goes through openapi-fetch's own serializers.
 */
export function buildUrl(
  base: string,
  schemaPath: string,
  params: Params,
  pathSerializer: PathSerializer | undefined,
  querySerializer: QuerySerializer<unknown> | QuerySerializerOptions | undefined,
): string | Promise<string> {
  const { path, query } = params;
  const plainPath =
    !path ||
    (!pathSerializer &&
      isPlainTemplate(schemaPath) &&
      Object.values(path).every(isPrimitiveOrAbsent));
  const plainQuery =
    !query || (!querySerializer && Object.values(query).every(isPrimitiveOrAbsent));
  if (plainPath && plainQuery) return base + fillPath(schemaPath, path) + searchOf(query);

  return import('./openapi-fetch-url.ts').then((module) =>
    module.serializeWithOpenapiFetch(base, schemaPath, params, pathSerializer, querySerializer),
  );
}

function isPrimitiveOrAbsent(value: unknown): boolean {
  return value === undefined || value === null || isPrimitive(value);
}

// Absent values leave their placeholder, as openapi-fetch does.
function fillPath(schemaPath: string, path: Record<string, unknown> | undefined): string {
  if (!path) return schemaPath;
  return schemaPath.replace(/\{([^{}]+)\}/g, (placeholder, name: string) => {
    const value = path[name];
    return isPrimitive(value) ? encodeURIComponent(value) : placeholder;
  });
}

function searchOf(query: Record<string, unknown> | undefined): string {
  let search = '';
  for (const name in query) {
    const value = query[name];
    if (isPrimitive(value)) search += `${search ? '&' : '?'}${name}=${encodeURIComponent(value)}`;
  }
  return search;
}
