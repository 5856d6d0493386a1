import type {
  BodySerializer,
  MergedOptions,
  Middleware,
  MiddlewareRequestParams,
  ParseAs,
  PathSerializer,
  QuerySerializer,
  QuerySerializerOptions,
} from 'openapi-fetch';
import { applyCredential } from './apply-credential.ts';
import type { AttemptPlan } from './attempt.ts';
import { loadSerializers } from './openapi-fetch-url.ts';
import { sendWithRetries } from './send-with-retries.ts';
import { type FetchLike, untilAborted } from './transport.ts';

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

export interface MiddlewareCall {
  readonly chain: readonly Middleware[];
  readonly plan: AttemptPlan;
  readonly url: string;
  /** The full RequestInit of the call. */
  readonly init: RequestInit;
  /** Init keys beyond fetch's own, copied onto the Request as openapi-fetch does. */
  readonly extraInit: Record<string, unknown>;
  readonly fetch: FetchLike | undefined;
  readonly context: {
    readonly schemaPath: string;
    readonly params: MiddlewareRequestParams;
    readonly baseUrl: string;
    readonly parseAs: ParseAs;
    readonly querySerializer: QuerySerializer<unknown> | QuerySerializerOptions | undefined;
    readonly bodySerializer: BodySerializer<unknown> | undefined;
    readonly pathSerializer: PathSerializer | undefined;
  };
}

/**
 * openapi-fetch's middleware contract around the retrying transport: onRequest once, then the
 * attempts (each a clone of the final request, with the Authorization header added only there,
 * so middleware never sees it), then onError or onResponse.
 */
export async function sendThroughMiddleware(call: MiddlewareCall): Promise<Response> {
  const { chain, plan, context } = call;
  const serializers = await loadSerializers();
  const fetchImpl = call.fetch ?? globalThis.fetch;
  const { querySerializer } = context;
  const shared: MiddlewareContext = {
    schemaPath: context.schemaPath,
    params: context.params,
    id: Math.random().toString(36).slice(2, 11),
    options: Object.freeze({
      baseUrl: context.baseUrl,
      fetch: fetchImpl as MergedOptions['fetch'],
      parseAs: context.parseAs,
      querySerializer:
        typeof querySerializer === 'function'
          ? querySerializer
          : serializers.createQuerySerializer(querySerializer),
      bodySerializer: context.bodySerializer ?? serializers.defaultBodySerializer,
      pathSerializer: context.pathSerializer ?? serializers.defaultPathSerializer,
    }),
  };
  const initial = new Request(call.url, call.init);
  for (const key in call.extraInit) {
    if (!(key in initial))
      (initial as unknown as Record<string, unknown>)[key] = call.extraInit[key];
  }
  const { request, response: early } = await runOnRequest(chain, initial, shared);
  if (early) return early;
  let response: Response;
  try {
    response = await sendWithRetries(plan, async (credential) => {
      let attempt = request.clone();
      const placement = plan.auth?.placement;
      if (credential !== undefined && !placement) attempt.headers.set('authorization', credential);
      else if (credential !== undefined && placement) {
        // An API key in the query or a cookie: the same request, rebuilt with it in place.
        const placed = applyCredential(
          attempt.url,
          Object.fromEntries(attempt.headers),
          placement,
          credential,
        );
        const hasBody = attempt.method !== 'GET' && attempt.method !== 'HEAD';
        attempt = new Request(placed.url, {
          method: attempt.method,
          headers: placed.headers,
          body: hasBody ? await attempt.arrayBuffer() : null,
          signal: attempt.signal,
          redirect: attempt.redirect,
        });
      }
      return untilAborted(fetchImpl(attempt), plan.deadline.signal);
    });
  } catch (error) {
    response = await runOnError(chain, request, error, shared);
  }
  return runOnResponse(chain, request, response, shared);
}
