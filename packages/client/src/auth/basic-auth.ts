import type { BasicCredentials } from '../security-scheme.ts';
import type { Authenticator } from './authenticator.ts';

/**
 * `Authorization: Basic base64(username:password)`, UTF-8 encoded (RFC 7617). Checked when the
 * client is created; messages name the option, never the values.
 */
export function basicAuthenticator(
  credentials: BasicCredentials,
  optionName: string,
): Authenticator {
  const { username, password } = (credentials ?? {}) as Partial<BasicCredentials>;
  if (typeof username !== 'string' || username === '' || typeof password !== 'string') {
    throw new TypeError(
      `${optionName}: expected { username, password } with a non-empty username string and a password string`,
    );
  }
  if (username.includes(':')) {
    throw new TypeError(`${optionName}: the username must not contain a colon (RFC 7617)`);
  }
  let binary = '';
  for (const byte of new TextEncoder().encode(`${username}:${password}`)) {
    binary += String.fromCharCode(byte);
  }
  const header = `Basic ${btoa(binary)}`;
  return { authorization: () => header };
}
