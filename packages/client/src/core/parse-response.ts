import type { BodyToParse, ParsedBody } from './body-parsing.ts';
import { ResponseParseError } from './errors.ts';
import { isJsonMediaType } from './media-type.ts';

/**
 * Parses a response body by its Content-Type. JSON (the common case) is handled here; anything
 * else (XML, declared text, unexpected types) by a module loaded on first need. A success body
 * that does not parse is a ResponseParseError, never a bare SyntaxError; an error body that does
 * not parse is kept as text, as openapi-fetch does.
 */
export function parseBody(body: BodyToParse): ParsedBody | Promise<ParsedBody> {
  const { text, ok, status, mediaType, target } = body;
  if (text === '') return { value: undefined, parsed: false };
  if (isJsonMediaType(mediaType) || mediaType === '') {
    try {
      return { value: JSON.parse(text), parsed: true };
    } catch (error) {
      if (!ok) return { value: text, parsed: false };
      throw new ResponseParseError(target, status, mediaType, 'the body is not valid JSON', {
        cause: error,
      });
    }
  }
  return import('./parse-other-body.ts').then((module) => module.parseOtherBody(body));
}
