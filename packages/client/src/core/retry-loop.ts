import {
  type AttemptPlan,
  type AttemptResult,
  attempt,
  mayRetry,
  type SendOnce,
} from './attempt.ts';
import { sleep } from './call-deadline.ts';
import { NetworkError } from './errors.ts';
import { discardBody } from './read-body.ts';
import { backoffDelay, isRetryableStatus, retryAfterMs } from './retry-policy.ts';

/**
 * Goes on from an attempt that did not simply succeed: refreshes credentials once after a 401
 * and sends again; retries network errors and retryable statuses for the policy's methods,
 * waiting Retry-After or a jittered back-off, never past the call's deadline (then the last
 * answer is returned or its failure thrown).
 */
export async function retryLoop(
  plan: AttemptPlan,
  sendOnce: SendOnce,
  first: AttemptResult,
): Promise<Response> {
  const { target, deadline, policy, auth } = plan;
  const retriesAllowed = mayRetry(plan);
  let current = first;
  let retries = 0;
  let refreshed = false;
  for (;;) {
    const { response, failure, authorization } = current;
    if (
      response?.status === 401 &&
      authorization !== undefined &&
      !refreshed &&
      plan.replayable &&
      auth?.invalidate?.(authorization)
    ) {
      refreshed = true;
      await discardBody(response);
      current = await attempt(plan, sendOnce);
      continue;
    }
    const retryable =
      retriesAllowed &&
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
      await sleep(delay, deadline.signal);
    } catch {
      throw deadline.abortError(target) ?? failure;
    }
    current = await attempt(plan, sendOnce);
  }
}
