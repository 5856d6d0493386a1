import { AbortError, type CallTarget, TimeoutError } from './errors.ts';

/** One signal for a whole call, retries and back-off included. */
export interface CallDeadline {
  /** Fires when `timeoutMs` runs out or the caller's signal aborts. */
  readonly signal: AbortSignal;
  /** Milliseconds left before the timeout. */
  remaining(): number;
  /** The typed error for this call when it ended because its signal fired, else `undefined`. */
  abortError(target: CallTarget): TimeoutError | AbortError | undefined;
  /** Clears the timer and the listener on the caller's signal. */
  dispose(): void;
}

const timedOut = Symbol('timed out');

/** Starts a call's deadline: one timer and at most one listener, cleared by `dispose()`. */
export function startDeadline(
  timeoutMs: number,
  callerSignal: AbortSignal | null | undefined,
): CallDeadline {
  const controller = new AbortController();
  const { signal } = controller;
  const expiresAt = performance.now() + timeoutMs;
  const timer = setTimeout(() => controller.abort(timedOut), timeoutMs);
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) onCallerAbort();
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });

  return {
    signal,
    remaining: () => expiresAt - performance.now(),
    abortError(target) {
      if (!signal.aborted) return undefined;
      if (signal.reason === timedOut) return new TimeoutError(target, timeoutMs);
      return new AbortError(target, 'aborted by the caller', {
        cause: callerSignal?.reason,
      });
    },
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}

/** Waits `ms`, or rejects as soon as `signal` (a call's deadline) fires. Only retries wait. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(wait);
      reject(signal.reason);
    };
    const wait = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
}
