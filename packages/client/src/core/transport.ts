/**
 * A fetch to send requests with, openapi-fetch style: it receives a Request. The emulator's
 * `fetch`, undici's, or a recording one in tests all fit.
 */
export type FetchLike = (input: Request) => Promise<Response>;

/**
 * Sends one request. Without a custom fetch the global one is called with the URL and a plain
 * init, which skips building a Request object (openapi-fetch always builds one, and undici then
 * builds a second); a custom fetch gets the Request it expects.
 */
export function send(
  custom: FetchLike | undefined,
  url: string,
  init: RequestInit,
): Promise<Response> {
  return custom ? custom(new Request(url, init)) : globalThis.fetch(url, init);
}

/** Resolves with `promise`, or rejects with the signal's reason as soon as it aborts. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Checks a base URL once: absolute http(s), and no `user:password@`, which fetch would refuse
 * anyway and which error messages (they quote the URL) must never carry.
 */
export function checkBaseUrl(name: string, baseUrl: string): string {
  if (!/^https?:\/\/[^/@]+(\/|$)/i.test(baseUrl)) {
    throw new TypeError(`${name}: expected an http(s) URL without user:password`);
  }
  return baseUrl.replace(/\/+$/, '');
}

/** The system error code behind a failed fetch (`ECONNRESET`, …), found in its cause chain. */
export function failureCode(error: unknown): string | undefined {
  for (
    let current = error, depth = 0;
    current && typeof current === 'object' && depth < 5;
    depth++
  ) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
