import type { BodyToSerialize, SerializedBody } from './body-serialization.ts';
import { preferredRequestMediaType } from './media-type.ts';

/**
 * Turns a call's `body` into what fetch sends. Plain JSON (the common case) is written here;
 * custom serializers, FormData, XML, form, multipart and text by a module loaded on first need.
 */
export async function serializeBody(toSerialize: BodyToSerialize): Promise<SerializedBody> {
  const { body, headers, operation, format, bodySerializer } = toSerialize;
  if (
    !bodySerializer &&
    !format.encode &&
    !headers['content-type'] &&
    preferredRequestMediaType(operation?.requestMediaTypes) === 'application/json' &&
    !(body instanceof FormData)
  ) {
    return { payload: JSON.stringify(body), mediaType: 'application/json' };
  }
  const { serializeOtherBody } = await import('./serialize-other-body.ts');
  return serializeOtherBody(toSerialize);
}
