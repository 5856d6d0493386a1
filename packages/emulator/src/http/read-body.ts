/** The outcome of reading a request body under a size limit. */
export type BodyText =
  | { readonly kind: 'ok'; readonly text: string }
  | { readonly kind: 'too-large'; readonly limitBytes: number }
  | { readonly kind: 'not-utf8' };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a request body as UTF-8 text, stopping as soon as it passes `limitBytes` (from the
 * `Content-Length` header when there is one, else while streaming), so an oversized upload is
 * refused without being buffered.
 */
export async function readBodyText(request: Request, limitBytes: number): Promise<BodyText> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limitBytes) {
    await request.body?.cancel().catch(() => undefined);
    return { kind: 'too-large', limitBytes };
  }
  if (request.body === null) return { kind: 'ok', text: '' };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      await reader.cancel().catch(() => undefined);
      return { kind: 'too-large', limitBytes };
    }
    chunks.push(value);
  }
  const bytes = chunks.length === 1 ? (chunks[0] as Uint8Array) : concat(chunks, total);
  try {
    return { kind: 'ok', text: decoder.decode(bytes) };
  } catch {
    return { kind: 'not-utf8' };
  }
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
