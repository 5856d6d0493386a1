/** Thrown by readBodyText when the body passes the byte limit. */
export class BodyTooLarge extends Error {}

/**
 * Reads a response body as UTF-8 text, at most `maxBytes` bytes. With a Content-Length the limit is
 * checked before reading; without one (chunked) the stream is read and cut at the limit.
 */
export async function readBodyText(response: Response, maxBytes: number): Promise<string> {
  const length = response.headers.get('content-length');
  if (length !== null && /^\d+$/.test(length)) {
    if (Number(length) > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new BodyTooLarge();
    }
    return response.text();
  }
  const body = response.body;
  if (!body) return '';
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** Frees the connection of a response whose body will not be read. */
export async function discardBody(response: Response): Promise<void> {
  if (response.body && !response.bodyUsed) await response.body.cancel().catch(() => undefined);
}
