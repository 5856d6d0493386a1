import type { OperationInfo } from '../operation-table.ts';
import { describeAt } from '../xml/xml-codec-error.ts';
import type { BodyToParse, ParsedBody } from './body-parsing.ts';
import { ResponseParseError } from './errors.ts';
import { isXmlMediaType } from './media-type.ts';

/** Bodies that are not JSON: XML through the format's shapes, text the spec declares, else errors. */
export async function parseOtherBody(body: BodyToParse): Promise<ParsedBody> {
  const { text, ok, status, mediaType, operation, format, target } = body;
  if (isXmlMediaType(mediaType) && operation && format.decode) {
    try {
      const decoded = await format.decode(operation, status, mediaType, text);
      if (decoded) return { value: decoded.value, parsed: true };
    } catch (error) {
      if (!ok) return { value: text, parsed: false };
      const reason = describeAt('/body', error);
      throw new ResponseParseError(
        target,
        status,
        mediaType,
        `the body is not the XML the spec describes: ${reason}`,
        {
          cause: error,
        },
      );
    }
  }
  if (!ok) {
    // openapi-fetch tries JSON whatever the content type, then keeps the text.
    try {
      return { value: JSON.parse(text), parsed: true };
    } catch {
      return { value: text, parsed: false };
    }
  }
  const declared = operation ? declaredMediaTypes(operation, status) : [];
  if (declared.includes(mediaType) && !isXmlMediaType(mediaType))
    return { value: text, parsed: true };
  const expected = declared.length > 0 ? declared.join(' or ') : 'JSON';
  throw new ResponseParseError(target, status, mediaType, `expected a body of type ${expected}`);
}

function declaredMediaTypes(operation: OperationInfo, status: number): readonly string[] {
  const responses = operation.responses;
  return (
    responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default ?? []
  );
}
