import type { PathSerializer, QuerySerializer, QuerySerializerOptions } from 'openapi-fetch';

type OpenapiFetch = typeof import('openapi-fetch');
type Params = { readonly path?: Record<string, unknown>; readonly query?: Record<string, unknown> };

let serializers: Promise<OpenapiFetch> | undefined;

/** openapi-fetch's serializers, loaded the first time a call needs more than the plain style. */
export function loadSerializers(): Promise<OpenapiFetch> {
  serializers ??= import('openapi-fetch');
  return serializers;
}

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

  return serializeWithOpenapiFetch(base, schemaPath, params, pathSerializer, querySerializer);
}

/** openapi-fetch's own serializers, for everything but primitive values in the default style. */
async function serializeWithOpenapiFetch(
  base: string,
  schemaPath: string,
  { path, query }: Params,
  pathSerializer: PathSerializer | undefined,
  querySerializer: QuerySerializer<unknown> | QuerySerializerOptions | undefined,
): Promise<string> {
  let url = base + schemaPath;
  const fetchModule = await loadSerializers();
  if (path) url = (pathSerializer ?? fetchModule.defaultPathSerializer)(url, path);
  const serialize =
    typeof querySerializer === 'function'
      ? querySerializer
      : fetchModule.createQuerySerializer(querySerializer);
  const search = serialize((query ?? {}) as never).replace(/^\?/, '');
  return search ? `${url}?${search}` : url;
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
