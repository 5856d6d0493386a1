import { AbortError, type CallTarget, TimeoutError } from './errors.ts';

const timedOut = Symbol('timed out');

/**
 * One signal for a whole call, retries and back-off included: it fires when `timeoutMs` runs out
 * or when the caller's signal aborts. One timer and one listener, cleared by `dispose()`.
 */
export class CallDeadline {
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
  private readonly controller = new AbortController();
  private readonly expiresAt: number;
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly callerSignal: AbortSignal | undefined;
  private readonly onCallerAbort: (() => void) | undefined;

  constructor(timeoutMs: number, callerSignal: AbortSignal | null | undefined) {
    this.signal = this.controller.signal;
    this.timeoutMs = timeoutMs;
    this.expiresAt = performance.now() + timeoutMs;
    this.timer = setTimeout(() => this.controller.abort(timedOut), timeoutMs);
    if (callerSignal) {
      this.callerSignal = callerSignal;
      if (callerSignal.aborted) {
        this.controller.abort(callerSignal.reason);
      } else {
        this.onCallerAbort = () => this.controller.abort(callerSignal.reason);
        callerSignal.addEventListener('abort', this.onCallerAbort, { once: true });
      }
    }
  }

  /** Milliseconds left before the timeout. */
  remaining(): number {
    return this.expiresAt - performance.now();
  }

  /** Waits `ms`, or rejects as soon as the call is aborted or times out. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.signal.aborted) {
        reject(this.signal.reason);
        return;
      }
      const onAbort = () => {
        clearTimeout(timer);
        reject(this.signal.reason);
      };
      const timer = setTimeout(() => {
        this.signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      this.signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** The typed error for this call when it ended because its signal fired, else `undefined`. */
  abortError(target: CallTarget): TimeoutError | AbortError | undefined {
    if (!this.signal.aborted) return undefined;
    if (this.signal.reason === timedOut) return new TimeoutError(target, this.timeoutMs);
    return new AbortError(target, 'aborted by the caller’s signal', {
      cause: this.callerSignal?.reason,
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    if (this.onCallerAbort) this.callerSignal?.removeEventListener('abort', this.onCallerAbort);
  }
}
