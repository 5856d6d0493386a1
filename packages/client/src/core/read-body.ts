import { BodyTooLarge } from './body-too-large.ts';

/**
 * Reads a response body as UTF-8 text, at most `maxBytes` bytes. With a Content-Length the limit
 * is checked before reading; a body without one (chunked) is read by a streaming reader, loaded
 * on first need, that stops at the limit.
 */
export function readBodyText(response: Response, maxBytes: number): Promise<string> {
  const length = response.headers.get('content-length');
  if (length === null || !/^\d+$/.test(length)) {
    return import('./read-body-stream.ts').then((module) =>
      module.readStreamText(response, maxBytes),
    );
  }
  if (Number(length) > maxBytes) {
    return discardBody(response).then(() => {
      throw new BodyTooLarge();
    });
  }
  return response.text();
}

/** Frees the connection of a response whose body will not be read. */
export async function discardBody(response: Response): Promise<void> {
  if (response.body && !response.bodyUsed) await response.body.cancel().catch(() => undefined);
}
