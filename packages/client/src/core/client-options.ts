import type {
  BodySerializer,
  HeadersOptions,
  Middleware,
  PathSerializer,
  QuerySerializer,
  QuerySerializerOptions,
} from 'openapi-fetch';
import type { RetryOptions } from './retry-policy.ts';
import type { FetchLike } from './transport.ts';
import type { ValidateOption } from './validation.ts';

/** Options both clients take, besides credentials and where to send requests. */
export interface SharedClientOptions {
  /**
   * The fetch to send requests with; it receives a Request, as in openapi-fetch. Pass the
   * emulator's `fetch` to run in process.
   * @default globalThis.fetch
   */
  readonly fetch?: FetchLike;
  /**
   * Time a whole call may take, retries and back-off included, in ms. A call can set its own.
   * @default 30_000
   */
  readonly timeoutMs?: number;
  /**
   * Retries of idempotent calls (GET, HEAD, OPTIONS, and operations the spec marks
   * `x-idempotent: true`) after network errors, 408, 429 and 5xx, with capped exponential
   * back-off and jitter, honouring Retry-After. `false` turns them off; a call can set its own
   * (`retry: { idempotent: true }` opts one call in).
   * @default { retries: 2, methods: ['GET', 'HEAD', 'OPTIONS'], statuses: [408, 429, '5xx'], baseDelayMs: 200, maxDelayMs: 5000 }
   */
  readonly retry?: RetryOptions | false;
  /**
   * Check requests and/or responses against the spec with `@sms-contracts/validation`. It is
   * loaded on the first call that needs it, never when this is off.
   * @default false
   */
  readonly validate?: ValidateOption;
  /**
   * openapi-fetch middleware, run once per call. Retries and authentication happen below it, so
   * it never sees the Authorization header. More can be added with `client.use()`.
   * @default []
   */
  readonly middleware?: readonly Middleware[];
  /**
   * Headers sent with every request.
   * @default {}
   */
  readonly headers?: HeadersOptions;
  /**
   * openapi-fetch's query serializer (or its options).
   * @default openapi-fetch's: arrays `form` exploded, objects `deepObject`
   */
  readonly querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
  /**
   * Serializes JSON request bodies.
   * @default JSON.stringify (form-encoded for form-only operations, XML in XML format)
   */
  readonly bodySerializer?: BodySerializer<unknown>;
  /**
   * Fills path parameters in.
   * @default openapi-fetch's defaultPathSerializer
   */
  readonly pathSerializer?: PathSerializer;
  /**
   * Largest response body read, in bytes; a larger one fails with ResponseTooLargeError.
   * @default 67_108_864 (64 MiB)
   */
  readonly maxResponseBytes?: number;
}

/** Options one call can set next to openapi-fetch's own (`params`, `body`, `signal`, …). */
export interface CallOptions {
  /** Overrides the client's `timeoutMs` for this call. */
  readonly timeoutMs?: number;
  /** Overrides the client's `retry` for this call. */
  readonly retry?: RetryOptions | false;
}

export function positiveNumber(name: string, value: unknown): number {
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
    throw new RangeError(`${name}: expected a finite number > 0, got ${String(value)}`);
  }
  return value;
}
