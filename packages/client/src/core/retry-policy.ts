/** When and how a call is tried again. */
export interface RetryOptions {
  /**
   * Retries after the first attempt.
   * @default 2
   */
  readonly retries?: number;
  /**
   * Methods that are always retried. Besides these, an operation the spec marks
   * `x-idempotent: true` is retried, and so is any call with `idempotent: true`. PUT, DELETE
   * and POST are left out: neither API's PUT or DELETE is idempotent in effect (a PUT that
   * closes a transaction, sent again, answers "already closed"), and POST sends SMS.
   * @default ['GET', 'HEAD', 'OPTIONS']
   */
  readonly methods?: readonly string[];
  /**
   * Retry this call (or every call of the client) whatever its method: say so only when sending
   * it twice has the effect of sending it once.
   * @default false (unless the spec marks the operation `x-idempotent: true`)
   */
  readonly idempotent?: boolean;
  /**
   * Response statuses that are retried; `'5xx'` stands for every status from 500 to 599.
   * Network errors (no response at all) are always retried for the methods above.
   * @default [408, 429, '5xx']
   */
  readonly statuses?: readonly (number | '5xx')[];
  /**
   * Upper bound of the first back-off delay; it doubles each retry (full jitter: the delay is a
   * random time up to that bound).
   * @default 200
   */
  readonly baseDelayMs?: number;
  /**
   * Cap on one back-off delay.
   * @default 5000
   */
  readonly maxDelayMs?: number;
}

export interface RetryPolicy {
  readonly retries: number;
  readonly methods: ReadonlySet<string>;
  readonly idempotent: boolean;
  readonly statuses: ReadonlySet<number>;
  readonly anyServerError: boolean;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/** Fills the defaults in and checks the numbers once, when the client (or call) is set up. */
export function retryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  // `retry: false` is a policy of zero retries.
  const {
    methods = ['GET', 'HEAD', 'OPTIONS'],
    retries = 2,
    baseDelayMs = 200,
    maxDelayMs = 5000,
    statuses = [408, 429, '5xx'],
  } = options === false ? { retries: 0 } : (options ?? {});
  if (!(retries >= 0 && baseDelayMs >= 0 && maxDelayMs >= 0 && maxDelayMs < Infinity)) {
    throw new RangeError(
      'retry: expected retries, baseDelayMs and maxDelayMs to be finite numbers ≥ 0',
    );
  }
  return {
    retries: Math.floor(retries),
    methods: new Set(methods.map((method) => method.toUpperCase())),
    idempotent: options ? options.idempotent === true : false,
    statuses: new Set(statuses.filter((status): status is number => typeof status === 'number')),
    anyServerError: statuses.includes('5xx'),
    baseDelayMs,
    maxDelayMs,
  };
}

/** Whether a response status is worth another attempt under `policy`. */
export function isRetryableStatus(policy: RetryPolicy, status: number): boolean {
  return policy.statuses.has(status) || (policy.anyServerError && status >= 500 && status <= 599);
}

/** Full-jitter exponential back-off before retry number `retry` (0 for the first retry). */
export function backoffDelay(policy: RetryPolicy, retry: number): number {
  const bound = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.random() * bound;
}

/**
 * The delay a `Retry-After` header asks for, in ms: delay-seconds or an HTTP date. `undefined`
 * when absent or unreadable (then the back-off applies).
 */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
