import { describe, expect, it } from 'vitest';
import { readBodyText } from '../../src/http/read-body.ts';

function streamed(chunks: readonly string[]): Request {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Request('http://x/', { method: 'POST', body, duplex: 'half' } as RequestInit);
}

describe('readBodyText', () => {
  it('reads a body with Content-Length up to the limit', async () => {
    const request = new Request('http://x/', { method: 'POST', body: 'abcd' });
    expect(await readBodyText(request, 4)).toEqual({ kind: 'ok', text: 'abcd' });
  });

  it('refuses from Content-Length alone', async () => {
    const request = new Request('http://x/', { method: 'POST', body: 'abcde' });
    expect(await readBodyText(request, 4)).toEqual({ kind: 'too-large', limitBytes: 4 });
  });

  it('counts a streamed body and stops past the limit', async () => {
    expect(await readBodyText(streamed(['ab', 'cd']), 4)).toEqual({ kind: 'ok', text: 'abcd' });
    expect(await readBodyText(streamed(['ab', 'cd', 'e']), 4)).toEqual({
      kind: 'too-large',
      limitBytes: 4,
    });
  });

  it('reports bytes that are not UTF-8', async () => {
    const request = new Request('http://x/', {
      method: 'POST',
      body: new Uint8Array([0xc3, 0x28]),
    });
    expect(await readBodyText(request, 10)).toEqual({ kind: 'not-utf8' });
  });
});
