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

export const multipartMediaType = 'multipart/form-data';

/**
 * The media type a body is sent as when the caller sets no Content-Type: JSON when the operation
 * takes it (or is not in the spec), else the spec's first (2SMS's POST /Token: a form).
 */
export function preferredRequestMediaType(
  requestMediaTypes: readonly string[] | undefined,
): string {
  const first = requestMediaTypes?.[0];
  if (!first || requestMediaTypes.some(isJsonMediaType) || first.includes('*')) {
    return 'application/json';
  }
  return first;
}
