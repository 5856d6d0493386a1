import type { PathSerializer, QuerySerializer, QuerySerializerOptions } from 'openapi-fetch';
import type { Params } from './url-params.ts';

type OpenapiFetch = typeof import('openapi-fetch');

let serializers: Promise<OpenapiFetch> | undefined;

/** openapi-fetch's serializers, loaded the first time a call needs more than the plain style. */
export function loadSerializers(): Promise<OpenapiFetch> {
  serializers ??= import('openapi-fetch');
  return serializers;
}

/** openapi-fetch's own serializers, for everything but primitive values in the default style. */
export async function serializeWithOpenapiFetch(
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
