import {
  AuthenticationError,
  type CallTarget,
  NetworkError,
  SmsClientError,
  TimeoutError,
  TokenEndpointError,
} from '../core/errors.ts';
import { formMediaType } from '../core/media-type.ts';
import { type FetchLike, failureCode, send, untilAborted } from '../core/transport.ts';
import type { Authenticator } from './authenticator.ts';
import { unsafeCredential } from './header-value.ts';

/** OAuth 2.0 client credentials, as created in the portal (Settings → API Clients). */
export interface ClientCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

export interface ClientCredentialsOptions {
  /** Absolute URL of the token endpoint. */
  readonly tokenUrl: string;
  /** The spec's operationId of the token endpoint, for error messages. */
  readonly operation: string | undefined;
  readonly fetch: FetchLike | undefined;
  /** Time allowed for one token request. */
  readonly timeoutMs: number;
  /**
   * A token is renewed this long before it expires.
   * @default 60_000
   */
  readonly refreshMarginMs?: number;
  /**
   * The option holding the credentials, prefixed to their names in errors.
   * @default none: `clientId: …`
   */
  readonly optionName?: string;
  /** Clock, for tests. @default Date.now */
  readonly now?: () => number;
}

// The vendor documents an 8-hour lifetime; used when the token response has no expires_in.
const documentedLifetimeSeconds = 8 * 60 * 60;

/**
 * Fetches and caches a bearer token with the client-credentials grant (form-encoded POST). All
 * calls that need a token while one is being fetched wait for that same request, so a burst of
 * calls makes one token request. The token is renewed `refreshMarginMs` before it expires, and
 * dropped when the API answers 401 to it.
 */
export class ClientCredentialsAuthenticator implements Authenticator {
  private readonly credentials: ClientCredentials;
  private readonly options: ClientCredentialsOptions;
  private readonly now: () => number;
  private cached: { readonly header: string; readonly renewAt: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(credentials: ClientCredentials, options: ClientCredentialsOptions) {
    const prefix = options.optionName ? `${options.optionName}.` : '';
    if (typeof credentials !== 'object' || credentials === null) {
      throw new TypeError(`${options.optionName}: expected { clientId, clientSecret }`);
    }
    for (const name of ['clientId', 'clientSecret'] as const) {
      const value: unknown = credentials[name];
      if (typeof value !== 'string' || value.trim() === '') {
        throw new TypeError(`${prefix}${name}: expected a non-empty string`);
      }
    }
    this.credentials = credentials;
    this.options = options;
    this.now = options.now ?? Date.now;
  }

  authorization(signal: AbortSignal): string | Promise<string> {
    const cached = this.cached;
    if (cached && this.now() < cached.renewAt) return cached.header;
    this.pending ??= this.requestToken().finally(() => {
      this.pending = undefined;
    });
    // A caller giving up does not cancel the token request the other callers wait for.
    return untilAborted(this.pending, signal);
  }

  invalidate(authorization: string): boolean {
    if (this.cached?.header === authorization) this.cached = undefined;
    return true;
  }

  private async requestToken(): Promise<string> {
    const { tokenUrl, timeoutMs } = this.options;
    const target: CallTarget = { operation: this.options.operation, method: 'POST', url: tokenUrl };
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.credentials.clientId,
      client_secret: this.credentials.clientSecret,
    }).toString();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await send(this.options.fetch, tokenUrl, {
        method: 'POST',
        headers: { 'content-type': formMediaType, accept: 'application/json' },
        body,
        signal: controller.signal,
      });
      const text = await response.text();
      const json = parseJson(text);
      if (response.status >= 500 || response.status === 408 || response.status === 429) {
        throw new TokenEndpointError(target, response.status);
      }
      if (!response.ok) {
        const code = typeof json?.error === 'string' ? this.redact(json.error) : undefined;
        throw new AuthenticationError(
          target,
          `the token endpoint refused the client credentials: HTTP ${response.status}${code ? ` ${code}` : ''}`,
          response.status,
          code,
        );
      }
      const token = json?.access_token;
      if (typeof token !== 'string' || token === '') {
        throw new AuthenticationError(
          target,
          `the token endpoint answered HTTP ${response.status} without an access_token (expected a JSON object with a non-empty "access_token" string)`,
          response.status,
        );
      }
      const problem = unsafeCredential(token);
      if (problem) {
        throw new AuthenticationError(
          target,
          `the access_token from the token endpoint ${problem}`,
          response.status,
        );
      }
      const type = json?.token_type;
      if (typeof type === 'string' && type.toLowerCase() !== 'bearer') {
        throw new AuthenticationError(
          target,
          `expected token_type "bearer", got ${JSON.stringify(this.redact(type))}`,
          response.status,
        );
      }
      const expiresIn = Number(json?.expires_in ?? documentedLifetimeSeconds);
      const lifetimeMs =
        (Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : documentedLifetimeSeconds) *
        1000;
      const margin = Math.min(this.options.refreshMarginMs ?? 60_000, lifetimeMs / 2);
      const header = `Bearer ${token}`;
      this.cached = { header, renewAt: this.now() + lifetimeMs - margin };
      return header;
    } catch (error) {
      if (error instanceof SmsClientError) throw error;
      if (controller.signal.aborted) throw new TimeoutError(target, timeoutMs);
      // The cause stays out: the request carried the client secret.
      const code = failureCode(error);
      throw new NetworkError(
        target,
        `the token request failed before a response arrived${code ? ` (${code})` : ''}`,
      );
    } finally {
      clearTimeout(timer);
    }
  }

  /** Server-sent text with the credentials blanked out, should a server echo them. */
  private redact(text: string): string {
    return text.replaceAll(this.credentials.clientSecret, '[redacted]');
  }
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
