import type { ApiModel, OperationModel, SecuritySchemeModel } from './api-model.ts';

/** A credential the emulator accepts for one security scheme (the client's `credentials` shape). */
export type SchemeCredential =
  | string
  | { readonly username: string; readonly password: string }
  | { readonly clientId: string; readonly clientSecret: string };

/** Why a request is refused: what the operation expected, for the 401's `detail`. */
export interface SecurityRefusal {
  readonly detail: string;
  readonly challenge: string;
}

/** What the request carries, read once: the `Authorization` header and the cookies. */
interface Presented {
  readonly authorization: string | null;
  readonly request: Request;
  readonly query: URLSearchParams;
}

/**
 * Checks a request against an operation's `security`: any alternative whose every scheme is
 * satisfied lets it through. A scheme is satisfied by any well-formed credential, or, when the
 * scheme is configured, by exactly that credential (for oauth2, a token the emulator issued).
 */
export class SecurityChecker {
  private readonly model: ApiModel;
  private readonly configured: Readonly<Record<string, SchemeCredential>>;
  /** Access tokens issued by the token endpoint, valid until `reset()`. */
  readonly issuedTokens = new Set<string>();

  constructor(model: ApiModel, configured: Readonly<Record<string, SchemeCredential>> = {}) {
    this.model = model;
    this.configured = configured;
  }

  check(
    operation: OperationModel,
    request: Request,
    query: URLSearchParams,
  ): SecurityRefusal | undefined {
    if (operation.security.length === 0) return undefined;
    const presented: Presented = {
      authorization: request.headers.get('authorization'),
      request,
      query,
    };
    const problems: string[] = [];
    for (const requirement of operation.security) {
      const missing = requirement
        .map((name) => this.refusal(name, presented))
        .filter((problem): problem is string => problem !== undefined);
      if (missing.length === 0) return undefined;
      problems.push(missing.join(' and '));
    }
    const schemes = operation.security.flat().map((name) => this.model.securitySchemes[name]);
    return {
      detail: `${operation.method} ${operation.path} needs ${problems.join(', or ')}`,
      challenge: challengeFor(schemes, this.model.title),
    };
  }

  /** Whether the configured oauth2 client credentials (if any) match. */
  acceptsClient(clientId: string, clientSecret: string): boolean {
    const clients = Object.entries(this.configured).filter(
      ([name]) => this.model.securitySchemes[name]?.type === 'oauth2',
    );
    if (clients.length === 0) return true;
    return clients.some(
      ([, credential]) =>
        typeof credential === 'object' &&
        'clientId' in credential &&
        credential.clientId === clientId &&
        credential.clientSecret === clientSecret,
    );
  }

  /** Undefined when scheme `name` is satisfied, else what it expects. */
  private refusal(name: string, presented: Presented): string | undefined {
    const scheme = this.model.securitySchemes[name];
    if (!scheme) return `a credential for the undeclared scheme ${name}`;
    const configured = this.configured[name];
    switch (scheme.type) {
      case 'basic': {
        const expected = `${name} (Authorization: Basic <base64 of user:password>)`;
        const decoded = credentialAfter(presented.authorization, 'basic');
        const pair = decoded === undefined ? undefined : decodeBasic(decoded);
        if (!pair) return expected;
        if (typeof configured === 'object' && 'username' in configured) {
          if (pair.username !== configured.username || pair.password !== configured.password)
            return `${expected} with the configured user and password`;
        }
        return undefined;
      }
      case 'bearer':
      case 'openIdConnect':
      case 'oauth2': {
        const expected = `${name} (Authorization: Bearer <token>)`;
        const token = credentialAfter(presented.authorization, 'bearer');
        if (!token) return expected;
        if (scheme.type === 'oauth2' && typeof configured === 'object') {
          return this.issuedTokens.has(token)
            ? undefined
            : `${expected} with a token the emulator issued`;
        }
        if (typeof configured === 'string' && token !== configured)
          return `${expected} with the configured token`;
        return undefined;
      }
      case 'http': {
        const given = credentialAfter(presented.authorization, scheme.scheme);
        return given ? undefined : `${name} (Authorization: ${scheme.scheme} <credentials>)`;
      }
      case 'apiKey': {
        const where = `${scheme.in} ${scheme.name}`;
        const value = apiKeyValue(scheme, presented);
        if (!value) return `${name} (${where})`;
        if (typeof configured === 'string' && value !== configured)
          return `${name} (${where}) with the configured key`;
        return undefined;
      }
      case 'mutualTLS':
        // A TLS client certificate cannot be checked on a plain-HTTP loopback server.
        return undefined;
    }
  }
}

/** The credential after `<scheme> ` in an `Authorization` header, if the scheme matches. */
function credentialAfter(header: string | null, scheme: string): string | undefined {
  if (!header) return undefined;
  const space = header.indexOf(' ');
  if (space <= 0 || header.slice(0, space).toLowerCase() !== scheme) return undefined;
  const credential = header.slice(space + 1).trim();
  return credential === '' || /\s/.test(credential) ? undefined : credential;
}

function decodeBasic(encoded: string): { username: string; password: string } | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return undefined;
  const text = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  return { username: text.slice(0, colon), password: text.slice(colon + 1) };
}

function apiKeyValue(
  scheme: Extract<SecuritySchemeModel, { type: 'apiKey' }>,
  presented: Presented,
): string | undefined {
  if (scheme.in === 'header') return presented.request.headers.get(scheme.name) || undefined;
  if (scheme.in === 'query') return presented.query.get(scheme.name) || undefined;
  const cookies = presented.request.headers.get('cookie') ?? '';
  for (const pair of cookies.split(';')) {
    const [key, ...rest] = pair.trim().split('=');
    if (key === scheme.name && rest.join('=') !== '') return rest.join('=');
  }
  return undefined;
}

/** `WWW-Authenticate` for the 401: one challenge per HTTP scheme the operation accepts. */
function challengeFor(schemes: readonly (SecuritySchemeModel | undefined)[], realm: string) {
  const challenges = new Set<string>();
  for (const scheme of schemes) {
    if (scheme?.type === 'basic') challenges.add(`Basic realm=${JSON.stringify(realm)}`);
    else if (scheme?.type === 'http') challenges.add(scheme.scheme);
    else if (scheme && scheme.type !== 'apiKey' && scheme.type !== 'mutualTLS')
      challenges.add(`Bearer realm=${JSON.stringify(realm)}`);
  }
  return [...challenges].join(', ') || `ApiKey realm=${JSON.stringify(realm)}`;
}
