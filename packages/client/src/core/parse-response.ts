import type { OperationInfo } from '../operation-table.ts';
import type { BodyFormat } from './body-format.ts';
import { type CallTarget, ResponseParseError } from './errors.ts';
import { isJsonMediaType, isXmlMediaType } from './media-type.ts';

/**
 * Parses a success body by its Content-Type: JSON, XML through the format's shapes, or text the
 * spec declares for this status. Anything else is a ResponseParseError, never a bare SyntaxError.
 */
export async function parseSuccessBody(
  text: string,
  status: number,
  mediaType: string,
  operation: OperationInfo | undefined,
  format: BodyFormat,
  target: CallTarget,
): Promise<unknown> {
  if (text === '') return undefined;
  if (isJsonMediaType(mediaType) || mediaType === '') {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new ResponseParseError(target, status, mediaType, 'the body is not valid JSON', {
        cause: error,
      });
    }
  }
  if (isXmlMediaType(mediaType) && operation && format.decode) {
    let decoded: { value: unknown } | undefined;
    try {
      decoded = await format.decode(operation, status, mediaType, text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
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
    if (decoded) return decoded.value;
  }
  const declared = operation ? declaredMediaTypes(operation, status) : [];
  if (declared.includes(mediaType) && !isXmlMediaType(mediaType)) return text;
  const expected = declared.length > 0 ? declared.join(' or ') : 'JSON';
  throw new ResponseParseError(target, status, mediaType, `expected a body of type ${expected}`);
}

/** Parses an error body like openapi-fetch: JSON or XML when it reads, else the raw text. */
export async function parseErrorBody(
  text: string,
  status: number,
  mediaType: string,
  operation: OperationInfo | undefined,
  format: BodyFormat,
): Promise<{ value: unknown; parsed: boolean }> {
  if (text === '') return { value: undefined, parsed: false };
  try {
    if (isXmlMediaType(mediaType) && operation && format.decode) {
      const decoded = await format.decode(operation, status, mediaType, text);
      if (decoded) return { value: decoded.value, parsed: true };
    }
    return { value: JSON.parse(text), parsed: true };
  } catch {
    return { value: text, parsed: false };
  }
}

function declaredMediaTypes(operation: OperationInfo, status: number): readonly string[] {
  const responses = operation.responses;
  return (
    responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default ?? []
  );
}
