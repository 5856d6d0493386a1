import type { BodyToSerialize, SerializedBody } from './body-serialization.ts';
import { preferredRequestMediaType } from './media-type.ts';

/**
 * Turns a call's `body` into what fetch sends. Plain JSON (the common case) is written here;
 * custom serializers, FormData, XML, form, multipart and text by a module loaded on first need.
 */
export async function serializeBody(toSerialize: BodyToSerialize): Promise<SerializedBody> {
  if (
    !toSerialize.bodySerializer &&
    !toSerialize.format.encode &&
    !toSerialize.headers['content-type'] &&
    preferredRequestMediaType(toSerialize.operation?.requestMediaTypes) === 'application/json' &&
    !(toSerialize.body instanceof FormData)
  ) {
    return { payload: JSON.stringify(toSerialize.body), mediaType: 'application/json' };
  }
  const { serializeOtherBody } = await import('./serialize-other-body.ts');
  return serializeOtherBody(toSerialize);
}
