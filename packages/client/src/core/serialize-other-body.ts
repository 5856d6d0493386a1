import { describeAt } from '../xml/xml-codec-error.ts';
import type { BodyToSerialize, SerializedBody } from './body-serialization.ts';
import { BodyShapeError, kindOf } from './body-shape.ts';
import { type CallTarget, RequestSerializationError } from './errors.ts';
import { encodeForm } from './form-body.ts';
import type { HeaderRecord } from './header-record.ts';
import {
  formMediaType,
  isJsonMediaType,
  isXmlMediaType,
  mediaTypeOf,
  multipartMediaType,
  preferredRequestMediaType,
} from './media-type.ts';
import { encodeMultipart } from './multipart-body.ts';

/**
 * Bodies other than plain JSON: the caller's bodySerializer if any, else the format's preferred
 * XML, else by the media type (the Content-Type the caller set, else the spec's preference):
 * form, multipart, XML through the spec's shapes, text, bytes, JSON.
 */
export async function serializeOtherBody({
  body,
  headers,
  operation,
  format,
  bodySerializer,
  target,
}: BodyToSerialize): Promise<SerializedBody> {
  const declared = mediaTypeOf(headers['content-type'] ?? null);
  if (bodySerializer) {
    // openapi-fetch passes the merged headers too, so serializers can branch on them.
    const serialize = bodySerializer as (body: unknown, headers: Headers) => BodyInit;
    const payload = serialize(body, new Headers(headers));
    return {
      payload,
      mediaType: payload instanceof FormData ? undefined : declared || 'application/json',
    };
  }
  if (body instanceof FormData) return withoutMultipartHeader(headers, body);
  if (operation && format.encode && (!declared || declared.includes('xml'))) {
    const encoded = await asXml(target, () => format.encode?.(operation, body));
    if (encoded) return { payload: encoded.text, mediaType: encoded.mediaType };
  }
  const mediaType = declared || preferredRequestMediaType(operation?.requestMediaTypes);
  const encoding = operation?.requestEncoding?.[mediaType];
  try {
    if (mediaType === formMediaType) {
      return { payload: encodeForm(body, encoding), mediaType: formMediaType };
    }
    if (mediaType === multipartMediaType) {
      return withoutMultipartHeader(headers, encodeMultipart(body, encoding));
    }
    if (isXmlMediaType(mediaType) && operation?.xmlRequest?.[mediaType] && format.encodeXml) {
      const text = await asXml(target, () => format.encodeXml?.(operation, body, mediaType));
      if (text !== undefined) return { payload: text, mediaType };
    }
    if (isJsonMediaType(mediaType)) return { payload: JSON.stringify(body), mediaType };
    if (mediaType.startsWith('text/') || isXmlMediaType(mediaType)) {
      if (typeof body === 'string' || typeof body === 'number' || typeof body === 'boolean') {
        return { payload: String(body), mediaType };
      }
      throw new BodyShapeError('/body', `expected a string for ${mediaType}, got ${kindOf(body)}`);
    }
    if (isBytes(body)) return { payload: body as BodyInit, mediaType };
  } catch (error) {
    if (!(error instanceof BodyShapeError)) throw error;
    throw new RequestSerializationError(
      target,
      `the request body cannot be sent as ${mediaType}: ${error.message}`,
    );
  }
  return { payload: JSON.stringify(body), mediaType };
}

/** fetch writes a multipart Content-Type with its boundary: one set by hand would lack it. */
function withoutMultipartHeader(headers: HeaderRecord, payload: FormData): SerializedBody {
  if (mediaTypeOf(headers['content-type'] ?? null) === multipartMediaType) {
    delete headers['content-type'];
  }
  return { payload, mediaType: undefined };
}

async function asXml<T>(
  target: CallTarget,
  encode: () => Promise<T> | undefined,
): Promise<T | undefined> {
  try {
    return await encode();
  } catch (error) {
    const reason = describeAt('/body', error);
    throw new RequestSerializationError(
      target,
      `the request body cannot be written as XML: ${reason}`,
      { cause: error },
    );
  }
}

function isBytes(body: unknown): boolean {
  return (
    typeof body === 'string' ||
    body instanceof Blob ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    body instanceof ReadableStream ||
    body instanceof URLSearchParams
  );
}
