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
    authorization: async (_signal, target) =>
      (await import('./token-provider.ts')).providedAuthorization(source, optionName, target),
  };
}
