import type { CallTarget } from '../core/errors.ts';
import type { OperationInfo } from '../operation-table.ts';

/** Where a credential travels: a header, a query parameter or a cookie, by name. */
export interface CredentialPlacement {
  readonly in: 'header' | 'query' | 'cookie';
  readonly name: string;
}

/** Supplies the credential of each request (by default, its Authorization header). */
export interface Authenticator {
  /**
   * Where the value goes (an API key's header, query parameter or cookie).
   * @default the Authorization header
   */
  readonly placement?: CredentialPlacement;
  /** The credential for the next request, e.g. `Bearer abc` (the header value). */
  authorization(signal: AbortSignal, target: CallTarget): string | Promise<string>;
  /**
   * Called once when a request sent with `authorization` was answered 401. Returns true when a
   * fresh credential can be fetched, so the call is retried once with it (never more).
   */
  invalidate?(authorization: string): boolean;
}

/** A token, or a function that returns one (called before every request: cache inside it). */
export type TokenSource = string | (() => string | Promise<string>);

/** Chooses the authenticator of each operation (`undefined`: send it without credentials). */
export type AuthenticatorChoice = (
  operation: OperationInfo | undefined,
) => Authenticator | undefined;
