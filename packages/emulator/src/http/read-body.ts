/** The outcome of reading a request body under a size limit. */
export type BodyText =
  | { readonly kind: 'ok'; readonly text: string }
  | { readonly kind: 'too-large'; readonly limitBytes: number }
  | { readonly kind: 'not-utf8' };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The outcome of reading a request body's bytes under a size limit. */
export type BodyBytes =
  | { readonly kind: 'ok'; readonly bytes: Uint8Array<ArrayBuffer> }
  | { readonly kind: 'too-large'; readonly limitBytes: number };

/**
 * Reads a request body as UTF-8 text, stopping as soon as it passes `limitBytes`, so an oversized
 * upload is refused without being buffered. With a `Content-Length` the size is known up front and
 * the body is read in one go (the HTTP adapter's fast path, which never builds a web stream);
 * without one (chunked upload) it is streamed and counted.
 */
export async function readBodyText(request: Request, limitBytes: number): Promise<BodyText> {
  const read = await readBodyBytes(request, limitBytes);
  return read.kind === 'ok' ? decode(read.bytes) : read;
}

/**
 * Reads a request body's bytes under `limitBytes`, as {@link readBodyText} does. With `drain`, a
 * streamed body over the limit is read to its end (and dropped) instead of cancelled: undici
 * throws an unhandled error when a FormData body's stream is cancelled, and in-process clients
 * send FormData without a Content-Length.
 */
export async function readBodyBytes(
  request: Request,
  limitBytes: number,
  drain = false,
): Promise<BodyBytes> {
  const lengthHeader = request.headers.get('content-length');
  const declared = lengthHeader === null ? Number.NaN : Number(lengthHeader);
  if (Number.isFinite(declared)) {
    if (declared > limitBytes) return { kind: 'too-large', limitBytes };
    return { kind: 'ok', bytes: new Uint8Array(await request.arrayBuffer()) };
  }
  if (request.body === null) return { kind: 'ok', bytes: new Uint8Array(0) };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      if (drain) {
        chunks.length = 0;
        continue;
      }
      await reader.cancel().catch(() => undefined);
      return { kind: 'too-large', limitBytes };
    }
    chunks.push(value);
  }
  if (total > limitBytes) return { kind: 'too-large', limitBytes };
  return {
    kind: 'ok',
    bytes: chunks.length === 1 ? (chunks[0] as Uint8Array<ArrayBuffer>) : concat(chunks, total),
  };
}

function decode(bytes: Uint8Array): BodyText {
  try {
    return { kind: 'ok', text: decoder.decode(bytes) };
  } catch {
    return { kind: 'not-utf8' };
  }
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
