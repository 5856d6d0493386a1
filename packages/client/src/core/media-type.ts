/** The media type of a Content-Type value, lower-cased, without parameters; `''` when absent. */
export function mediaTypeOf(contentType: string | null): string {
  if (!contentType) return '';
  const semicolon = contentType.indexOf(';');
  return (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
}

export function isJsonMediaType(mediaType: string): boolean {
  return (
    mediaType === 'application/json' || mediaType === 'text/json' || mediaType.endsWith('+json')
  );
}

export function isXmlMediaType(mediaType: string): boolean {
  return mediaType === 'application/xml' || mediaType === 'text/xml' || mediaType.endsWith('+xml');
}

export const formMediaType = 'application/x-www-form-urlencoded';

/** The operation accepts nothing but a form body (e.g. 2SMS's POST /Token). */
export function isFormOnly(requestMediaTypes: readonly string[] | undefined): boolean {
  return requestMediaTypes?.length === 1 && requestMediaTypes[0] === formMediaType;
}
