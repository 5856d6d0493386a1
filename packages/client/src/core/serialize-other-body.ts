import type { BodySerializer } from 'openapi-fetch';
import type { OperationInfo } from '../operation-table.ts';
import type { BodyFormat } from './body-format.ts';
import { type CallTarget, RequestSerializationError } from './errors.ts';
import type { HeaderRecord } from './header-record.ts';
import { formMediaType, isFormOnly, mediaTypeOf } from './media-type.ts';

import type { SerializedBody } from './serialize-body.ts';

/**
 * Bodies other than plain JSON: the caller's bodySerializer if any, else the format's (XML),
 * else form encoding for form-only operations or a form Content-Type, else JSON.
 */
export async function serializeOtherBody(
  body: unknown,
  headers: HeaderRecord,
  operation: OperationInfo | undefined,
  format: BodyFormat,
  bodySerializer: BodySerializer<unknown> | undefined,
  target: CallTarget,
): Promise<SerializedBody> {
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
  if (body instanceof FormData) return { payload: body, mediaType: undefined };
  if (operation && format.encode && (!declared || declared.includes('xml'))) {
    let encoded: { mediaType: string; text: string } | undefined;
    try {
      encoded = await format.encode(operation, body);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new RequestSerializationError(
        target,
        `the request body cannot be written as XML: ${reason}`,
        { cause: error },
      );
    }
    if (encoded) return { payload: encoded.text, mediaType: encoded.mediaType };
  }
  const formOnly = isFormOnly(operation?.requestMediaTypes);
  if (declared === formMediaType || (!declared && formOnly)) {
    return {
      payload: new URLSearchParams(body as Record<string, string>).toString(),
      mediaType: formMediaType,
    };
  }
  return { payload: JSON.stringify(body), mediaType: declared || 'application/json' };
}
