import { decodeXml, XmlCodecError } from '@sms-contracts/client/xml';
import { operations } from '@sms-contracts/validation/twosms';
import type { BodyOutcome, Reply, RouteOperation } from '../http/api-dialect.ts';
import { mediaTypeOf } from '../http/media-type.ts';
import { readBodyText } from '../http/read-body.ts';
import { check, type OperationValidators } from '../http/standard-schema.ts';
import { bodyPointerOf } from './body-pointer.ts';
import { oauthError } from './errors.ts';
import { decodeForm } from './form-body.ts';
import { reservedElementPath } from './xml-reserved-names.ts';
import { isXmlMediaType, operationTable, shapes } from './xml-tables.ts';

const validators = operations as unknown as Readonly<Record<string, OperationValidators>>;
export const tokenOperation = 'requestAccessToken';

/**
 * Reads, parses and validates a 2SMS request body in the media type it was sent in (JSON, XML
 * through the generated shapes, or form); a refusal names where the body is wrong.
 */
export async function readBody(
  request: Request,
  operation: RouteOperation,
  limitBytes: number,
  error: (status: number, message: string, operation?: RouteOperation) => Reply,
): Promise<BodyOutcome> {
  const refuse = (status: number, message: string): BodyOutcome => ({
    ok: false,
    reply: error(status, message, operation),
  });
  const entry = operationTable[operation.operationId];
  const accepted = entry?.requestMediaTypes ?? [];
  const mediaType = mediaTypeOf(request.headers.get('content-type'));
  if (mediaType === undefined || !accepted.includes(mediaType)) {
    // ASP.NET's wording for a body no formatter can read.
    return refuse(
      415,
      `/headers/content-type: The request entity's media type '${mediaType ?? '(none)'}' is not supported for this resource; expected one of ${accepted.join(', ')}.`,
    );
  }
  const read = await readBodyText(request, limitBytes);
  if (read.kind === 'too-large')
    return refuse(
      413,
      `/body: The request body is larger than the limit of ${read.limitBytes} bytes.`,
    );
  if (read.kind === 'not-utf8') return refuse(400, '/body: The request body is not valid UTF-8.');
  if (read.text.trim() === '' && mediaType !== 'application/x-www-form-urlencoded') {
    return refuse(400, `/body: A request body is required (${mediaType}).`);
  }

  let value: unknown;
  try {
    if (mediaType === 'application/x-www-form-urlencoded') {
      const shape = entry?.xmlRequest?.['application/xml']?.shape;
      value = shape
        ? decodeForm(read.text, shape, shapes)
        : Object.fromEntries(new URLSearchParams(read.text));
    } else if (isXmlMediaType(mediaType)) {
      const body = entry?.xmlRequest?.[mediaType];
      if (!body) return refuse(415, `No XML body is documented for ${operation.operationId}.`);
      value = decodeXml(read.text, body, shapes);
    } else {
      value = JSON.parse(read.text);
    }
  } catch (cause) {
    return refuse(400, malformedBody(mediaType, cause as Error, read.text));
  }

  if (operation.operationId === tokenOperation) {
    const grant = (value as Record<string, unknown>).grant_type;
    if (grant !== undefined && grant !== 'client_credentials') {
      return {
        ok: false,
        reply: oauthError(
          'unsupported_grant_type',
          `/body/grant_type: "${String(grant)}" is not supported; expected client_credentials`,
        ),
      };
    }
  }
  const validator = validators[operation.operationId]?.requestBody?.[mediaType];
  if (!validator) return { ok: true, value };
  const result = await check(validator, value, bodyPointerOf(request, operation.operationId));
  if (result.ok) return result;
  const message = isXmlMediaType(mediaType)
    ? result.message.replace(
        /\/([^/:]+): required property is missing/g,
        (_, element: string) => `/${element}: required element <${element}> is missing`,
      )
    : result.message;
  return refuse(400, `Invalid request body: ${message}`);
}

/** A body that did not parse: where (a JSON Pointer, or the XML element path) and why. */
function malformedBody(mediaType: string, error: Error, text: string): string {
  // The XML parser refuses a reserved name with no path ("[SECURITY] Invalid name"). It does so
  // only in a well-formed document, where finding the element again is a single linear scan.
  const reserved =
    isXmlMediaType(mediaType) && !(error instanceof XmlCodecError)
      ? reservedElementPath(text)
      : undefined;
  if (reserved) {
    return `/body${reserved}: the element name is refused: read as a key it is a reserved JavaScript name, and no 2SMS field or recipient has it.`;
  }
  if (error instanceof XmlCodecError) {
    // The codec writes "<element path>: <what>"; the pointer adds the request part in front.
    const what = error.message
      .slice(`${error.path || '/'}: `.length)
      .replace(/, column undefined/, '');
    return `Malformed XML request body: /body${error.path}: ${what}`;
  }
  const format = isXmlMediaType(mediaType) ? 'XML' : 'JSON';
  return `Malformed ${format} request body: /body: ${error.message}`;
}
