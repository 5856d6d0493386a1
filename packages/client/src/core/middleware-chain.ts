import type { MergedOptions, Middleware, MiddlewareRequestParams } from 'openapi-fetch';

/** What every middleware callback of one call receives, as openapi-fetch builds it. */
export interface MiddlewareContext {
  readonly schemaPath: string;
  readonly params: MiddlewareRequestParams;
  readonly options: MergedOptions;
  readonly id: string;
}

/** openapi-fetch's onRequest pass: a Request replaces the request, a Response ends the chain. */
export async function runOnRequest(
  middleware: readonly Middleware[],
  request: Request,
  context: MiddlewareContext,
): Promise<{ request: Request; response?: Response }> {
  let current = request;
  for (const m of middleware) {
    if (typeof m.onRequest !== 'function') continue;
    const result = await m.onRequest({ ...context, request: current });
    if (!result) continue;
    if (result instanceof Request) current = result;
    else if (result instanceof Response) return { request: current, response: result };
    else
      throw new Error(
        'onRequest: must return new Request() or Response() when modifying the request',
      );
  }
  return { request: current };
}

/** openapi-fetch's onError pass, last middleware first: a Response recovers, an Error replaces. */
export async function runOnError(
  middleware: readonly Middleware[],
  request: Request,
  error: unknown,
  context: MiddlewareContext,
): Promise<Response> {
  let current: unknown = error;
  for (let i = middleware.length - 1; i >= 0; i--) {
    const m = middleware[i];
    if (typeof m?.onError !== 'function') continue;
    const result = await m.onError({ ...context, request, error: current });
    if (!result) continue;
    if (result instanceof Response) return result;
    if (result instanceof Error) current = result;
    else throw new Error('onError: must return new Response() or instance of Error');
  }
  throw current;
}

/** openapi-fetch's onResponse pass, last middleware first. */
export async function runOnResponse(
  middleware: readonly Middleware[],
  request: Request,
  response: Response,
  context: MiddlewareContext,
): Promise<Response> {
  let current = response;
  for (let i = middleware.length - 1; i >= 0; i--) {
    const m = middleware[i];
    if (typeof m?.onResponse !== 'function') continue;
    const result = await m.onResponse({ ...context, request, response: current });
    if (!result) continue;
    if (!(result instanceof Response)) {
      throw new Error('onResponse: must return new Response() when modifying the response');
    }
    current = result;
  }
  return current;
}

/** Checks middleware the way openapi-fetch's `use()` does. */
export function checkMiddleware(m: unknown): m is Middleware {
  if (!m) return false;
  if (typeof m !== 'object' || !('onRequest' in m || 'onResponse' in m || 'onError' in m)) {
    throw new Error(
      'Middleware must be an object with one of `onRequest()`, `onResponse() or `onError()`',
    );
  }
  return true;
}
