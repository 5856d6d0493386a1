import { type AttemptPlan, attempt, mayRetry, type SendOnce } from './attempt.ts';
import { isRetryableStatus } from './retry-policy.ts';

/**
 * Sends a request until it has an answer worth returning. Most calls end with their first
 * response; failures, 401s and retryable statuses go on in the retry loop, loaded on first need.
 */
export async function sendWithRetries(plan: AttemptPlan, sendOnce: SendOnce): Promise<Response> {
  const first = await attempt(plan, sendOnce);
  const { response } = first;
  if (
    response &&
    response.status !== 401 &&
    !(mayRetry(plan) && isRetryableStatus(plan.policy, response.status))
  ) {
    return response;
  }
  return (await import('./retry-loop.ts')).retryLoop(plan, sendOnce, first);
}
