import { mediaTypeOf } from '../http/media-type.ts';
import { readBodyBytes, readBodyText } from '../http/read-body.ts';
import type { MediaModel, OperationModel, SchemaNode } from './api-model.ts';
import { coerceFields } from './coerce.ts';

type Schemas = Readonly<Record<string, SchemaNode>>;

/** A request body read and decoded into the data model its media type maps to. */
export type BodyRead =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'ok';
      readonly mediaType: string;
      readonly value: unknown;
      readonly typed: boolean;
    }
  | {
      readonly kind: 'refused';
      readonly status: number;
      readonly pointer: string;
      readonly message: string;
    };

const jsonType = /^application\/(.+\+)?json$/;

/** The key of `content` that a request's media type falls under (exact, then `type/*`, `*\/*`). */
export function matchMediaType(
  content: Readonly<Record<string, MediaModel>>,
  mediaType: string,
): string | undefined {
  if (mediaType in content) return mediaType;
  const wildcard = `${mediaType.split('/')[0]}/*`;
  if (wildcard in content) return wildcard;
  return '*/*' in content ? '*/*' : undefined;
}

/**
 * Reads the body the operation declares: JSON parsed, form fields (urlencoded or multipart)
 * converted per the schema's property types, anything else as text. `typed` says whether the
 * value is in the schema's data model (XML is passed on as text, unvalidated).
 */
export async function readRequestBody(
  request: Request,
  operation: OperationModel,
  schemas: Schemas,
  limitBytes: number,
): Promise<BodyRead> {
  const declared = operation.requestBody;
  if (!declared) return { kind: 'none' };
  const offered = () => Object.keys(declared.content).join(', ');
  const missing = (): BodyRead =>
    declared.required
      ? refused(400, `a request body is required (${offered()})`)
      : { kind: 'none' };
  // Not `request.body === null`: reading `body` makes the HTTP adapter build a web stream.
  if (request.method === 'GET' || request.method === 'HEAD') return missing();
  const mediaType = mediaTypeOf(request.headers.get('content-type')) ?? 'none';
  const key = matchMediaType(declared.content, mediaType);
  const unsupported = () =>
    refused(415, `Content-Type ${mediaType} is not one this operation takes (${offered()})`);
  const schema = key === undefined ? undefined : declared.content[key]?.schema;
  if (key !== undefined && mediaType === 'multipart/form-data') {
    return readMultipart(request, key, schema, schemas, limitBytes);
  }
  const read = await readBodyText(request, limitBytes);
  if (read.kind === 'too-large') return tooLarge(read.limitBytes);
  if (read.kind === 'not-utf8') return refused(400, 'the body is not valid UTF-8');
  if (read.text === '') return missing();
  if (key === undefined) return unsupported();
  if (jsonType.test(mediaType)) {
    try {
      return { kind: 'ok', mediaType: key, value: JSON.parse(read.text), typed: true };
    } catch (error) {
      return refused(400, `malformed JSON: ${(error as Error).message}`);
    }
  }
  if (mediaType === 'application/x-www-form-urlencoded') {
    const value = coerceFields(new URLSearchParams(read.text), schema, schemas);
    return { kind: 'ok', mediaType: key, value, typed: true };
  }
  return { kind: 'ok', mediaType: key, value: read.text, typed: !mediaType.includes('xml') };
}

async function readMultipart(
  request: Request,
  key: string,
  schema: SchemaNode | undefined,
  schemas: Schemas,
  limitBytes: number,
): Promise<BodyRead> {
  // Read under the limit first: FormData alone would buffer any size.
  const read = await readBodyBytes(request, limitBytes, true);
  if (read.kind === 'too-large') return tooLarge(read.limitBytes);
  let form: FormData;
  try {
    const parts = new Response(read.bytes, {
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
    });
    form = await parts.formData();
  } catch (error) {
    return refused(400, `malformed multipart/form-data body: ${(error as Error).message}`);
  }
  const fields: [string, string][] = [];
  for (const [name, value] of form) {
    // A file part stands for its content, as text (the schema's `format: binary` string).
    fields.push([name, typeof value === 'string' ? value : await value.text()]);
  }
  return { kind: 'ok', mediaType: key, value: coerceFields(fields, schema, schemas), typed: true };
}

function refused(status: number, message: string): BodyRead {
  return { kind: 'refused', status, pointer: '/body', message };
}

function tooLarge(limitBytes: number): BodyRead {
  return refused(413, `the body is larger than the limit of ${limitBytes} bytes`);
}
