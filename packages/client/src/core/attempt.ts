// One attempt at sending a request, and what decides whether another may follow.
import type { Authenticator } from '../auth/authenticator.ts';
import type { CallDeadline } from './call-deadline.ts';
import { type CallTarget, NetworkError, SmsClientError } from './errors.ts';
import type { RetryPolicy } from './retry-policy.ts';
import { failureCode } from './transport.ts';

export interface AttemptPlan {
  readonly target: CallTarget;
  readonly deadline: CallDeadline;
  readonly policy: RetryPolicy;
  /** Set when the operation needs credentials. */
  readonly auth: Authenticator | undefined;
  /** False when the body cannot be sent twice (a stream): no retry at all. */
  readonly replayable: boolean;
  /** The spec marks the operation `x-idempotent: true`. */
  readonly idempotent?: boolean;
}

/** Sends the request once with this Authorization value. */
export type SendOnce = (authorization: string | undefined) => Promise<Response>;

/** What one attempt ended with: a response, or a typed failure that may be retried. */
export interface AttemptResult {
  readonly response?: Response;
  readonly failure?: SmsClientError;
  /** The Authorization value it was sent with. */
  readonly authorization?: string;
}

/** One attempt. A timeout or the caller's abort is thrown at once: nothing can follow it. */
export async function attempt(plan: AttemptPlan, sendOnce: SendOnce): Promise<AttemptResult> {
  const { target, deadline, auth } = plan;
  let authorization: string | undefined;
  try {
    const value = auth?.authorization(deadline.signal, target);
    authorization = typeof value === 'object' ? await value : value;
    return { response: await sendOnce(authorization), authorization };
  } catch (error) {
    const ended = deadline.abortError(target);
    if (ended) throw ended;
    return {
      failure: error instanceof SmsClientError ? error : networkError(target, error),
      authorization,
    };
  }
}

/** Whether the policy lets this call be sent again at all. */
export function mayRetry(plan: AttemptPlan): boolean {
  const { policy } = plan;
  return (
    plan.replayable &&
    policy.retries > 0 &&
    (policy.idempotent || plan.idempotent || policy.methods.has(plan.target.method))
  );
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
