import { mediaTypeOf } from '../http/media-type.ts';
import { jsonPointer, type PointerOf } from '../http/standard-schema.ts';
import type { BodyPath } from './recipient-keys.ts';
import { xmlPointer } from './xml-pointer.ts';
import { isXmlMediaType, operationTable, shapes } from './xml-tables.ts';

/**
 * Renders a path into the request body as the body was sent: a JSON Pointer for JSON and form
 * bodies (`/body/Contacts/QuickRecipients/+1234`), the element path for XML
 * (`/body/MessageDetails/ID`).
 */
export function bodyPointerOf(request: Request, operationId: string): PointerOf {
  const mediaType = mediaTypeOf(request.headers.get('content-type'));
  const xmlBody =
    mediaType && isXmlMediaType(mediaType)
      ? operationTable[operationId]?.xmlRequest?.[mediaType]
      : undefined;
  if (!xmlBody) return (path) => jsonPointer(path);
  return (path) =>
    xmlPointer(
      (path ?? []).map((segment) => (typeof segment === 'object' ? segment.key : segment)),
      xmlBody,
      shapes,
    );
}

/** `reason`, led by where in the body it applies when `path` is known. */
export function placedReason(
  request: Request,
  operationId: string,
  reason: string,
  path: BodyPath | undefined,
): string {
  return path ? `${bodyPointerOf(request, operationId)(path)}: ${reason}` : reason;
}
