/** Thrown when a body passes the byte limit. */
export class BodyTooLarge extends Error {}

/**
 * Reads a response body as UTF-8 text, at most `maxBytes` bytes. With a Content-Length the limit
 * is checked before reading; a body without one (chunked) is read by a streaming reader, loaded
 * on first need, that stops at the limit.
 */
export async function readBodyText(response: Response, maxBytes: number): Promise<string> {
  const length = response.headers.get('content-length');
  if (length === null || !/^\d+$/.test(length)) {
    return (await import('./read-body-stream.ts')).readStreamText(response, maxBytes);
  }
  if (Number(length) > maxBytes) {
    await discardBody(response);
    throw new BodyTooLarge();
  }
  return response.text();
}

/** Frees the connection of a response whose body will not be read. */
export async function discardBody(response: Response): Promise<void> {
  if (response.body && !response.bodyUsed) await response.body.cancel().catch(() => undefined);
}
