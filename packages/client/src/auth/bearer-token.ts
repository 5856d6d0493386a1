import type { Authenticator, TokenSource } from './authenticator.ts';
import { unsafeCredential } from './header-value.ts';

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
    if (source.trim() === '')
      throw new TypeError(`${optionName}: expected a non-empty token string`);
    const problem = unsafeCredential(source);
    if (problem) throw new TypeError(`${optionName}: the token ${problem}`);
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
