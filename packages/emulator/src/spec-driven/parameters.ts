import type { OperationModel, ParameterModel, SchemaNode } from './api-model.ts';
import { coerceList, isArraySchema } from './coerce.ts';
import { resolveSchema } from './synthesize.ts';

type Schemas = Readonly<Record<string, SchemaNode>>;

/** The request's parameters by location, typed per their schemas, named as the spec names them. */
export interface ParameterValues {
  readonly path: Record<string, unknown>;
  readonly query: Record<string, unknown>;
  readonly header: Record<string, unknown>;
}

const delimiters: Readonly<Record<string, string>> = {
  spaceDelimited: ' ',
  pipeDelimited: '|',
};

/**
 * Reads the operation's declared parameters from the request (undeclared ones are ignored, as a
 * server would), honouring `style` and `explode` for arrays and `deepObject` for objects.
 */
export function readParameters(
  operation: OperationModel,
  pathValues: Readonly<Record<string, string>>,
  query: URLSearchParams,
  headers: Headers,
  schemas: Schemas,
): ParameterValues {
  const values: ParameterValues = { path: {}, query: {}, header: {} };
  for (const parameter of operation.parameters) {
    if (parameter.in === 'path') {
      const raw = pathValues[parameter.name];
      if (raw !== undefined)
        values.path[parameter.name] = fromText(parameter, safeDecode(raw), schemas);
    } else if (parameter.in === 'query') {
      const value = fromQuery(parameter, query, schemas);
      if (value !== undefined) values.query[parameter.name] = value;
    } else if (parameter.in === 'header') {
      const raw = headers.get(parameter.name);
      if (raw !== null) values.header[parameter.name] = fromText(parameter, raw, schemas);
    }
  }
  return values;
}

/** One text value (path, header, non-exploded query): arrays split on the style's delimiter. */
function fromText(parameter: ParameterModel, text: string, schemas: Schemas): unknown {
  if (!isArraySchema(parameter.schema, schemas))
    return coerceList([text], parameter.schema, schemas);
  const delimiter = delimiters[parameter.style ?? ''] ?? ',';
  return coerceList(text === '' ? [] : text.split(delimiter), parameter.schema, schemas);
}

function fromQuery(parameter: ParameterModel, query: URLSearchParams, schemas: Schemas): unknown {
  if (parameter.style === 'deepObject') {
    const prefix = `${parameter.name}[`;
    const properties = (resolveSchema(parameter.schema, schemas)?.properties ?? {}) as Record<
      string,
      SchemaNode
    >;
    const object: Record<string, unknown> = {};
    for (const [key, text] of query) {
      if (!key.startsWith(prefix) || !key.endsWith(']')) continue;
      const name = key.slice(prefix.length, -1);
      object[name] = coerceList([text], properties[name], schemas);
    }
    return Object.keys(object).length > 0 ? object : undefined;
  }
  const texts = query.getAll(parameter.name);
  if (texts.length === 0) return undefined;
  const explode = parameter.explode ?? (parameter.style ?? 'form') === 'form';
  if (isArraySchema(parameter.schema, schemas) && explode) {
    return coerceList(texts, parameter.schema, schemas);
  }
  return fromText(parameter, texts[0] as string, schemas);
}

/** Percent-decodes a path value; text that is not valid percent-encoding stays as sent. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
