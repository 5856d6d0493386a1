import type { BodySerializer } from 'openapi-fetch';
import type { OperationInfo } from '../operation-table.ts';
import type { BodyFormat } from './body-format.ts';
import type { SerializedBody } from './body-serialization.ts';
import type { CallTarget } from './errors.ts';
import type { HeaderRecord } from './header-record.ts';
import { preferredRequestMediaType } from './media-type.ts';

/**
 * Turns a call's `body` into what fetch sends. Plain JSON (the common case) is written here;
 * custom serializers, FormData, XML, form, multipart and text by a module loaded on first need.
 */
export async function serializeBody(
  body: unknown,
  headers: HeaderRecord,
  operation: OperationInfo | undefined,
  format: BodyFormat,
  bodySerializer: BodySerializer<unknown> | undefined,
  target: CallTarget,
): Promise<SerializedBody> {
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
  return serializeOtherBody(body, headers, operation, format, bodySerializer, target);
}
