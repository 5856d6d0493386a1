/** Where a failed call was going. Never holds headers, tokens or bodies. */
export interface CallTarget {
  /** The spec's operationId, when the path and method are in the spec. */
  readonly operation: string | undefined;
  readonly method: string;
  /** The request URL (without any user:password part). */
  readonly url: string;
}

/**
 * Base class of every failure that is not an HTTP response: the call never produced a response
 * the caller can read. HTTP error statuses are not thrown; they come back typed as `error`.
 */
export class SmsClientError extends Error {
  override readonly name: string = 'SmsClientError';
  readonly operation: string | undefined;
  readonly method: string;
  readonly url: string;

  constructor(target: CallTarget, what: string, options?: ErrorOptions) {
    const operation = target.operation ? ` (${target.operation})` : '';
    super(`${target.method} ${target.url}${operation}: ${what}`, options);
    this.operation = target.operation;
    this.method = target.method;
    this.url = target.url;
  }
}

/** The connection failed: refused, reset, DNS, TLS, or cut while the body was read. */
export class NetworkError extends SmsClientError {
  override readonly name = 'NetworkError';
}

/** The call ran out of time (`timeoutMs`, retries and back-off included). */
export class TimeoutError extends SmsClientError {
  override readonly name = 'TimeoutError';
  readonly timeoutMs: number;

  constructor(target: CallTarget, timeoutMs: number) {
    super(target, `no complete response within timeoutMs (${timeoutMs} ms)`);
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's AbortSignal fired; `cause` is its reason. */
export class AbortError extends SmsClientError {
  override readonly name = 'AbortError';
}

/** A response arrived but its body is not what its status and content type promise. */
export class ResponseParseError extends SmsClientError {
  override readonly name = 'ResponseParseError';
  readonly status: number;
  /** The response's media type, `''` when it sent none. */
  readonly contentType: string;

  constructor(
    target: CallTarget,
    status: number,
    contentType: string,
    what: string,
    options?: ErrorOptions,
  ) {
    super(target, `HTTP ${status} ${contentType || '(no content type)'}: ${what}`, options);
    this.status = status;
    this.contentType = contentType;
  }
}

/** The response body is larger than `maxResponseBytes`; it was not read further. */
export class ResponseTooLargeError extends SmsClientError {
  override readonly name = 'ResponseTooLargeError';
  readonly limitBytes: number;

  constructor(target: CallTarget, limitBytes: number) {
    super(target, `body over maxResponseBytes (${limitBytes} bytes)`);
    this.limitBytes = limitBytes;
  }
}

/** Credentials were refused, a token provider failed, or a token cannot be sent as it is. */
export class AuthenticationError extends SmsClientError {
  override readonly name = 'AuthenticationError';
  /** HTTP status of the token endpoint, when it answered. */
  readonly status: number | undefined;
  /** The OAuth `error` code it sent (`invalid_client`, …), when it sent one. */
  readonly code: string | undefined;

  constructor(target: CallTarget, what: string, status?: number, code?: string) {
    super(target, what);
    this.status = status;
    this.code = code;
  }
}

/**
 * The OAuth token endpoint failed (a 5xx, 408 or 429): no verdict on the client credentials,
 * which may well be right. Nothing was sent to the API.
 */
export class TokenEndpointError extends SmsClientError {
  override readonly name = 'TokenEndpointError';
  /** HTTP status the token endpoint answered. */
  readonly status: number;

  constructor(target: CallTarget, status: number) {
    super(
      target,
      `the token endpoint failed with HTTP ${status} (a server-side failure, not a verdict on the client credentials); nothing was sent to the API`,
    );
    this.status = status;
  }
}

/** One problem found by a validator: what was expected, and where (a JSON Pointer such as `/body/recipients/1`). */
export interface ValidationIssue {
  readonly message: string;
  readonly path: string;
}

/** `validate.request` found the parameters or body invalid; nothing was sent. */
export class RequestValidationError extends SmsClientError {
  override readonly name = 'RequestValidationError';
  readonly issues: readonly ValidationIssue[];

  constructor(target: CallTarget, issues: readonly ValidationIssue[]) {
    super(target, `invalid request: ${formatIssues(issues)}`);
    this.issues = issues;
  }
}

/** `validate.response` found the response body does not match the spec. */
export class ResponseValidationError extends SmsClientError {
  override readonly name = 'ResponseValidationError';
  readonly status: number;
  readonly issues: readonly ValidationIssue[];

  constructor(target: CallTarget, status: number, issues: readonly ValidationIssue[]) {
    super(target, `HTTP ${status} body does not match the spec: ${formatIssues(issues)}`);
    this.status = status;
    this.issues = issues;
  }
}

/** The request body could not be serialized (an XML body that does not fit its shape). */
export class RequestSerializationError extends SmsClientError {
  override readonly name = 'RequestSerializationError';
}

function formatIssues(issues: readonly ValidationIssue[]): string {
  const shown = issues.slice(0, 5).map((issue) => `${issue.path || '/'}: ${issue.message}`);
  const more = issues.length > 5 ? `; and ${issues.length - 5} more` : '';
  return shown.join('; ') + more;
}
