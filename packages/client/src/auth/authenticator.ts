import type { CallTarget } from '../core/errors.ts';

/** Supplies the Authorization header of each request. */
export interface Authenticator {
  /** The header value for the next request, e.g. `Bearer abc`. */
  authorization(signal: AbortSignal, target: CallTarget): string | Promise<string>;
  /**
   * Called once when a request sent with `authorization` was answered 401. Returns true when a
   * fresh credential can be fetched, so the call is retried once with it (never more).
   */
  invalidate?(authorization: string): boolean;
}

/** A token, or a function that returns one (called before every request: cache inside it). */
export type TokenSource = string | (() => string | Promise<string>);
