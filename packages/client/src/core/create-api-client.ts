import type {
  BodySerializer,
  Client,
  Middleware,
  ParseAs,
  PathSerializer,
  QuerySerializer,
  QuerySerializerOptions,
} from 'openapi-fetch';
import type { Authenticator, AuthenticatorChoice } from '../auth/authenticator.ts';
import type { OperationInfo, OperationTable } from '../operation-table.ts';
import { networkError } from './attempt.ts';
import type { BodyFormat } from './body-format.ts';
import { BodyTooLarge } from './body-too-large.ts';
import { type CallDeadline, startDeadline } from './call-deadline.ts';
import { positiveNumber, type SharedClientOptions } from './client-options.ts';
import { type CallTarget, ResponseTooLargeError, SmsClientError } from './errors.ts';
import { type HeaderRecord, mergeHeaderRecords } from './header-record.ts';
import { mediaTypeOf } from './media-type.ts';
import { parseBody } from './parse-response.ts';
import { discardBody, readBodyText } from './read-body.ts';
import { type RetryPolicy, retryPolicy } from './retry-policy.ts';
import { sendWithRetries } from './send-with-retries.ts';
import { serializeBody } from './serialize-body.ts';
import { checkBaseUrl, type FetchLike, send, untilAborted } from './transport.ts';
import { buildUrl } from './url-builder.ts';
import { lazyValidation, type ValidatorModule } from './validation.ts';

/** What an API client (a generated `createClient`, or a wrapper of your own) hands the engine. */
export interface ApiClientConfig {
  /** The generated operation table (`operations` of `@sms-contracts/client/<api>`'s module). */
  readonly operations: OperationTable;
  /** Absolute http(s) URL the spec's paths are appended to. */
  readonly baseUrl: string;
  /**
   * Authenticates the operations that have security in the spec, or chooses per operation
   * (`bySecurityScheme` picks by the spec's scheme names). `undefined`: nothing is authenticated.
   */
  readonly auth: Authenticator | AuthenticatorChoice | undefined;
  /** How bodies other than JSON are written and read (`jsonFormat`, or XML-aware). */
  readonly format: BodyFormat;
  /** Loads the API's `@sms-contracts/validation/<api>` module, when `validate` is on. */
  readonly loadValidators: () => Promise<ValidatorModule>;
  readonly options: SharedClientOptions;
}

type CallInit = Record<string, unknown> & {
  baseUrl?: string;
  fetch?: FetchLike;
  headers?: unknown;
  params?: Record<string, unknown> & {
    path?: Record<string, unknown>;
    query?: Record<string, unknown>;
    header?: Record<string, unknown>;
  };
  parseAs?: ParseAs;
  querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
  bodySerializer?: BodySerializer<unknown>;
  pathSerializer?: PathSerializer;
  body?: unknown;
  middleware?: Middleware[];
  signal?: AbortSignal | null;
  timeoutMs?: number;
  retry?: SharedClientOptions['retry'];
  Request?: unknown;
};

/** openapi-fetch's media-type filter for typed `data` and `error`. */
type MediaType = `${string}/${string}`;

type CallResult = { data?: unknown; error?: unknown; response: Response };

const defaultMaxResponseBytes = 64 * 1024 * 1024;

/**
 * Builds an openapi-fetch compatible client (same methods, options, results and middleware
 * contract) whose calls are authenticated, time-limited, retried and parsed per the spec's
 * operation table. Requests go straight to fetch as a URL and a plain init unless middleware
 * needs a Request object. Every generated `createClient` and both SMS clients are built on it;
 * call it yourself to wrap an API your own way.
 */
export function createApiClient<Paths extends {}, Media extends MediaType>(
  config: ApiClientConfig,
): Client<Paths, Media> {
  const { options, format, auth } = config;
  const authFor =
    typeof auth === 'function'
      ? auth
      : (operation?: OperationInfo) => (operation?.security.length === 0 ? undefined : auth);
  const baseUrl = checkBaseUrl('baseUrl', config.baseUrl);
  const clientTimeout = positiveNumber('timeoutMs', options.timeoutMs ?? 30_000);
  const maxBytes = positiveNumber(
    'maxResponseBytes',
    options.maxResponseBytes ?? defaultMaxResponseBytes,
  );
  const clientPolicy = retryPolicy(options.retry);
  const customFetch = options.fetch;
  const globalQuerySerializer = options.querySerializer;
  const clientHeaders = options.headers;
  const validation = lazyValidation(options.validate, config.loadValidators);
  const middlewares: Middleware[] = [];
  // Method → path template → operation: one Map lookup per call, no key string built.
  const routes: Record<string, Map<string, OperationInfo>> = {};
  for (const operation of Object.values(config.operations)) {
    routes[operation.method] ??= new Map();
    routes[operation.method]?.set(operation.path, operation);
  }

  async function call(
    method: string,
    schemaPath: string,
    init: CallInit = {},
  ): Promise<CallResult> {
    const {
      baseUrl: localBaseUrl,
      fetch: localFetch,
      headers: callHeaders,
      params = {},
      parseAs = 'json',
      querySerializer: localQuerySerializer,
      bodySerializer = options.bodySerializer,
      pathSerializer = options.pathSerializer,
      body,
      middleware: localMiddleware,
      signal,
      timeoutMs = clientTimeout,
      retry,
      Request: _ignored,
      ...requestInit
    } = init;
    const operation = routes[method]?.get(schemaPath);
    const base = localBaseUrl ? checkBaseUrl('baseUrl', localBaseUrl) : baseUrl;
    // openapi-fetch merges per-call query serializer options over the client's.
    const querySerializer =
      localQuerySerializer &&
      typeof localQuerySerializer === 'object' &&
      typeof globalQuerySerializer === 'object'
        ? { ...globalQuerySerializer, ...localQuerySerializer }
        : (localQuerySerializer ?? globalQuerySerializer);
    const built = buildUrl(base, schemaPath, params, pathSerializer, querySerializer);
    const url = typeof built === 'string' ? built : await built;
    const target: CallTarget = { operation: operation?.operationId, method, url };
    const policy: RetryPolicy = retry === undefined ? clientPolicy : retryPolicy(retry);
    const fetchImpl = localFetch ?? customFetch;

    const headers: HeaderRecord = { accept: format.accept(operation) };
    mergeHeaderRecords(headers, clientHeaders, callHeaders, params.header);
    let payload: BodyInit | undefined;
    if (body !== undefined) {
      const serialized = await serializeBody({
        body,
        headers,
        operation,
        format,
        bodySerializer,
        target,
      });
      payload = serialized.payload;
      if (serialized.mediaType) headers['content-type'] ??= serialized.mediaType;
    }
    if (validation.request && operation) {
      const checks = await validation.get();
      await checks.request(
        target,
        operation,
        params,
        body,
        mediaTypeOf(headers['content-type'] ?? null),
      );
    }

    const deadline = startDeadline(
      timeoutMs === clientTimeout ? timeoutMs : positiveNumber('timeoutMs', timeoutMs),
      signal,
    );
    try {
      const chain = localMiddleware?.length ? [...middlewares, ...localMiddleware] : middlewares;
      const chosen = authFor(operation);
      const placement = chosen?.placement;
      const plan = {
        target,
        deadline,
        policy,
        // A credential header the caller set wins.
        auth: headers[placement?.name ?? 'authorization'] ? undefined : chosen,
        replayable: !(payload instanceof ReadableStream),
        idempotent: operation?.idempotent,
      };
      let response: Response;
      // An API key in a header, query or cookie goes the Request way, below, as middleware does.
      if (chain.length === 0 && !placement) {
        const fetchInit: RequestInit = {
          method,
          headers,
          body: payload ?? null,
          signal: deadline.signal,
        };
        for (const key in requestInit) {
          if (!(key in fetchInit)) (fetchInit as Record<string, unknown>)[key] = requestInit[key];
        }
        response = await sendWithRetries(plan, (authorization) => {
          if (authorization !== undefined) headers.authorization = authorization;
          const sent = send(fetchImpl, url, fetchInit);
          // A custom fetch (an in-process emulator) may ignore the signal; the deadline still holds.
          return fetchImpl ? untilAborted(sent, deadline.signal) : sent;
        });
      } else {
        // Middleware needs Request objects and openapi-fetch's serializers: loaded only then.
        const { sendThroughMiddleware } = await import('./middleware-chain.ts');
        response = await sendThroughMiddleware({
          chain,
          plan,
          url,
          init: {
            redirect: 'follow',
            ...requestInit,
            method,
            headers,
            body: payload ?? null,
            signal: deadline.signal,
          },
          extraInit: requestInit,
          fetch: fetchImpl,
          context: {
            schemaPath,
            params,
            baseUrl: base,
            parseAs,
            querySerializer,
            bodySerializer,
            pathSerializer,
          },
        });
      }
      // Global fetch ends the body stream when the signal fires; anything else may not.
      const guarded = fetchImpl !== undefined || chain.length > 0;
      return await readResult(response, method, operation, parseAs, target, deadline, guarded);
    } catch (error) {
      throw deadline.abortError(target) ?? error;
    } finally {
      deadline.dispose();
    }
  }

  async function readResult(
    response: Response,
    method: string,
    operation: OperationInfo | undefined,
    parseAs: ParseAs,
    target: CallTarget,
    deadline: CallDeadline,
    guarded: boolean,
  ): Promise<CallResult> {
    const bounded = <T>(promise: Promise<T>) =>
      guarded ? untilAborted(promise, deadline.signal) : promise;
    const { status, headers } = response;
    const length = headers.get('content-length');
    if (
      status === 204 ||
      method === 'HEAD' ||
      (length === '0' && !headers.get('transfer-encoding')?.includes('chunked'))
    ) {
      await discardBody(response);
      return response.ok ? { data: undefined, response } : { error: undefined, response };
    }
    if (response.ok && parseAs === 'stream') return { data: response.body, response };
    let text: string;
    try {
      if (response.ok && parseAs !== 'json') {
        const read = response[parseAs as 'text' | 'blob' | 'arrayBuffer'].bind(
          response,
        ) as () => Promise<unknown>;
        return { data: await bounded(read()), response };
      }
      text = await bounded(readBodyText(response, maxBytes));
    } catch (error) {
      if (error instanceof BodyTooLarge) throw new ResponseTooLargeError(target, maxBytes);
      throw (
        deadline.abortError(target) ??
        (error instanceof SmsClientError
          ? error
          : networkError(target, error, 'while the response body was read'))
      );
    }
    const mediaType = mediaTypeOf(headers.get('content-type'));
    const parsed = parseBody({
      text,
      ok: response.ok,
      status,
      mediaType,
      operation,
      format,
      target,
    });
    const body = parsed instanceof Promise ? await parsed : parsed;
    if (validation.response && operation && body.parsed) {
      await (await validation.get()).response(target, operation, status, mediaType, body.value);
    }
    return response.ok ? { data: body.value, response } : { error: body.value, response };
  }

  const client: Record<string, unknown> = {
    request: (method: string, url: string, init?: CallInit) =>
      call(method.toUpperCase(), url, init),
    use(...added: Middleware[]) {
      for (const m of added) {
        if (!m) continue;
        if (typeof m !== 'object' || !('onRequest' in m || 'onResponse' in m || 'onError' in m)) {
          throw new Error('Middleware must be an object with onRequest, onResponse or onError');
        }
        middlewares.push(m);
      }
    },
    eject(...removed: Middleware[]) {
      for (const m of removed) {
        const index = middlewares.indexOf(m);
        if (index !== -1) middlewares.splice(index, 1);
      }
    },
  };
  for (const method of ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE']) {
    client[method] = (url: string, init?: CallInit) => call(method, url, init);
  }
  (client.use as (...added: readonly Middleware[]) => void)(...(options.middleware ?? []));
  return client as unknown as Client<Paths, Media>;
}
