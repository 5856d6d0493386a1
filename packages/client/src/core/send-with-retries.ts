import type { Authenticator } from '../auth/authenticator.ts';
import type { CallDeadline } from './call-deadline.ts';
import { type CallTarget, NetworkError, SmsClientError } from './errors.ts';
import { discardBody } from './read-body.ts';
import { backoffDelay, isRetryableStatus, type RetryPolicy, retryAfterMs } from './retry-policy.ts';
import { failureCode } from './transport.ts';

export interface AttemptPlan {
  readonly target: CallTarget;
  readonly deadline: CallDeadline;
  readonly policy: RetryPolicy;
  /** Set when the operation needs credentials. */
  readonly auth: Authenticator | undefined;
  /** False when the body cannot be sent twice (a stream): no retry at all. */
  readonly replayable: boolean;
  /** Sends the request once with this Authorization value. */
  sendOnce(authorization: string | undefined): Promise<Response>;
}

/**
 * Sends a request until it has an answer worth returning: retries network errors and retryable
 * statuses for the policy's methods, waiting Retry-After or a jittered back-off, never past the
 * call's deadline (then the last answer is returned); refreshes credentials once after a 401.
 */
export async function sendWithRetries(plan: AttemptPlan): Promise<Response> {
  const { target, deadline, policy, auth } = plan;
  const mayRetry = plan.replayable && policy.retries > 0 && policy.methods.has(target.method);
  let retries = 0;
  let refreshed = false;
  for (;;) {
    let response: Response | undefined;
    let failure: SmsClientError | undefined;
    let authorization: string | undefined;
    try {
      authorization = auth ? await auth.authorization(deadline.signal, target) : undefined;
      response = await plan.sendOnce(authorization);
    } catch (error) {
      const ended = deadline.abortError(target);
      if (ended) throw ended;
      failure = error instanceof SmsClientError ? error : networkError(target, error);
    }

    if (
      response?.status === 401 &&
      authorization !== undefined &&
      !refreshed &&
      plan.replayable &&
      auth?.invalidate?.(authorization)
    ) {
      refreshed = true;
      await discardBody(response);
      continue;
    }

    const retryable =
      mayRetry &&
      retries < policy.retries &&
      (failure
        ? failure instanceof NetworkError
        : response !== undefined && isRetryableStatus(policy, response.status));
    const delay = retryable
      ? ((response && retryAfterMs(response.headers.get('retry-after'))) ??
        backoffDelay(policy, retries))
      : 0;
    if (!retryable || delay >= deadline.remaining()) {
      if (failure) throw failure;
      return response as Response;
    }
    if (response) await discardBody(response);
    retries += 1;
    try {
      await deadline.sleep(delay);
    } catch {
      throw deadline.abortError(target) ?? failure;
    }
  }
}

/** A failed fetch or body read as a NetworkError; `when` says which phase failed. */
export function networkError(
  target: CallTarget,
  error: unknown,
  when = 'before a response arrived',
): NetworkError {
  const code = failureCode(error);
  return new NetworkError(target, `the connection failed ${when}${code ? ` (${code})` : ''}`, {
    cause: error,
  });
}
