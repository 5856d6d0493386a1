import type { Authenticator, TokenSource } from './authenticator.ts';
import { unsafeCharacter } from './header-value.ts';

/** `Authorization: Bearer <token>` from a fixed token or a token provider. */
export function bearerAuthenticator(source: TokenSource, optionName: string): Authenticator {
  return tokenAuthenticator(source, optionName, 'Bearer ');
}

/**
 * A credential from a fixed token or a token provider, written as `prefix + token`. A token that
 * cannot travel in a header fails here (a fixed one when the client is created), before anything
 * is sent; the message never quotes it.
 */
export function tokenAuthenticator(
  source: TokenSource,
  optionName: string,
  prefix: string,
): Authenticator {
  if (typeof source === 'string') {
    // Never quoting it: a line feed here once came back inside a retried NetworkError's cause.
    if (source === '' || unsafeCharacter.test(source)) {
      throw new TypeError(
        `${optionName}: expected a non-empty token string, visible ASCII on one line (it is sent in an HTTP header)`,
      );
    }
    const header = prefix + source;
    return { authorization: () => header };
  }
  if (typeof source !== 'function') {
    throw new TypeError(`${optionName}: expected a token string or a function returning one`);
  }
  return {
    authorization: async (_signal, target) => {
      const { providedToken } = await import('./token-provider.ts');
      return prefix + (await providedToken(source, optionName, target));
    },
  };
}
