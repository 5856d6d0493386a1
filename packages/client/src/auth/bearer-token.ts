import { AuthenticationError, type CallTarget } from '../core/errors.ts';
import type { Authenticator, TokenSource } from './authenticator.ts';

/** `Authorization: Bearer <token>` from a fixed token or a token provider. */
export function bearerAuthenticator(source: TokenSource, optionName: string): Authenticator {
  if (typeof source === 'string') {
    if (source.trim() === '')
      throw new TypeError(`${optionName}: expected a non-empty token string`);
    const header = `Bearer ${source}`;
    return { authorization: () => header };
  }
  if (typeof source !== 'function') {
    throw new TypeError(`${optionName}: expected a token string or a function returning one`);
  }
  return {
    async authorization(_signal: AbortSignal, target: CallTarget) {
      let token: unknown;
      try {
        token = await source();
      } catch (error) {
        throw new AuthenticationError(
          target,
          `the ${optionName} provider threw ${describeError(error)}`,
        );
      }
      if (typeof token !== 'string' || token.trim() === '') {
        throw new AuthenticationError(
          target,
          `the ${optionName} provider returned no token (expected a non-empty string)`,
        );
      }
      return `Bearer ${token}`;
    },
  };
}

// Only the error's class name: a provider's message could quote the very secret it handles.
function describeError(error: unknown): string {
  return error instanceof Error ? `an exception (${error.name})` : 'a non-Error value';
}
