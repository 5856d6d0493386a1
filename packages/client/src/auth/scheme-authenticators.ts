import type { OperationInfo } from '../operation-table.ts';
import type { CredentialsOf, SecurityScheme, SecuritySchemeTable } from '../security-scheme.ts';
import type { Authenticator, AuthenticatorChoice, TokenSource } from './authenticator.ts';
import { basicAuthenticator } from './basic-auth.ts';
import { tokenAuthenticator } from './bearer-token.ts';
import {
  type ClientCredentials,
  ClientCredentialsAuthenticator,
  type ClientCredentialsOptions,
} from './client-credentials.ts';

/** What an OAuth client-credentials authenticator needs besides the credentials. */
export type TokenRequestSettings = Omit<ClientCredentialsOptions, 'tokenUrl' | 'operation'> & {
  /** Turns the spec's token URL into the one to call (relative to the client's base URL). */
  readonly resolveTokenUrl: (tokenUrl: string) => string;
};

/**
 * One authenticator per credential given, keyed by security scheme name. A name the spec does not
 * have, or a credential of the wrong shape, fails here with the option's name and what was
 * expected, never the credential itself.
 */
export function schemeAuthenticators<Schemes extends SecuritySchemeTable>(
  schemes: Schemes,
  credentials: CredentialsOf<Schemes> | undefined,
  settings: TokenRequestSettings,
): Record<string, Authenticator> {
  const authenticators: Record<string, Authenticator> = {};
  if (credentials === undefined) return authenticators;
  if (typeof credentials !== 'object' || credentials === null) {
    throw new TypeError('credentials: expected an object keyed by security scheme name');
  }
  for (const [name, credential] of Object.entries(credentials)) {
    if (credential === undefined) continue;
    const scheme = Object.hasOwn(schemes, name) ? schemes[name] : undefined;
    if (!scheme) {
      const known = Object.keys(schemes).join(', ') || 'none';
      throw new TypeError(
        `credentials.${name}: the spec has no security scheme of that name (it has: ${known})`,
      );
    }
    authenticators[name] = authenticatorFor(scheme, credential, `credentials.${name}`, settings);
  }
  return authenticators;
}

function authenticatorFor(
  scheme: SecurityScheme,
  credential: unknown,
  optionName: string,
  settings: TokenRequestSettings,
): Authenticator {
  switch (scheme.type) {
    case 'http':
      if (scheme.scheme === 'basic') return basicAuthenticator(credential as never, optionName);
      if (scheme.scheme === 'bearer') {
        return tokenAuthenticator(credential as TokenSource, optionName, 'Bearer ');
      }
      break;
    case 'apiKey': {
      if (scheme.in === 'cookie' && typeof credential === 'string' && /[;,]/.test(credential)) {
        throw new TypeError(`${optionName}: a cookie value cannot contain ; or ,`);
      }
      const placement = {
        in: scheme.in,
        name: scheme.in === 'header' ? scheme.name.toLowerCase() : scheme.name,
      };
      return { ...tokenAuthenticator(credential as TokenSource, optionName, ''), placement };
    }
    case 'openIdConnect':
      return tokenAuthenticator(credential as TokenSource, optionName, 'Bearer ');
    case 'oauth2':
      if (typeof credential === 'string' || typeof credential === 'function') {
        return tokenAuthenticator(credential as TokenSource, optionName, 'Bearer ');
      }
      if (scheme.tokenUrl !== undefined) {
        return new ClientCredentialsAuthenticator(credential as ClientCredentials, {
          ...settings,
          tokenUrl: settings.resolveTokenUrl(scheme.tokenUrl),
          operation: undefined,
          optionName,
        });
      }
      throw new TypeError(
        `${optionName}: expected an access token string or a function returning one (the spec has no client-credentials flow)`,
      );
  }
  throw new TypeError(
    `${optionName}: the client cannot send credentials for a ${scheme.type}${'scheme' in scheme ? ` ${scheme.scheme}` : ''} scheme`,
  );
}

/**
 * The authenticator of each operation: none when the spec makes it public, else the first of its
 * security schemes that has one; an operation the table does not know uses the first given.
 */
export function bySecurityScheme(
  schemes: Readonly<Record<string, Authenticator>>,
): AuthenticatorChoice {
  const chosen = new Map<OperationInfo, Authenticator | undefined>();
  const fallback = Object.values(schemes)[0];
  return (operation) => {
    if (!operation) return fallback;
    if (!chosen.has(operation)) {
      const name = operation.security.find((scheme) => schemes[scheme]);
      chosen.set(operation, name ? schemes[name] : undefined);
    }
    return chosen.get(operation);
  };
}
