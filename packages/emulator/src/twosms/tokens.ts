import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { TwoSmsClientCredentials } from '../options.ts';

export interface IssuedToken {
  readonly accessToken: string;
  readonly clientId: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
}

export type TokenCheck =
  | { readonly ok: true; readonly token: IssuedToken }
  | { readonly ok: false; readonly reason: 'unknown' | 'expired' };

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function opaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * OAuth2 client-credentials tokens of the 2SMS emulator: issued for the configured clients and
 * valid for a fixed lifetime on the emulator's clock. Renewal is a new client-credentials request
 * (the spec documents no refresh-token grant).
 */
export class TokenStore {
  readonly #clients: readonly TwoSmsClientCredentials[];
  readonly #lifetimeMs: number;
  readonly #byAccess = new Map<string, IssuedToken>();

  constructor(clients: readonly TwoSmsClientCredentials[], lifetimeMs: number) {
    this.#clients = clients;
    this.#lifetimeMs = lifetimeMs;
  }

  get lifetimeMs(): number {
    return this.#lifetimeMs;
  }

  /** Issues a token for valid client credentials; undefined when they match no client. */
  issue(clientId: string, clientSecret: string, now: number): IssuedToken | undefined {
    const client = this.#clients.find(
      (c) => c.clientId === clientId && sameSecret(c.clientSecret, clientSecret),
    );
    return client ? this.#mint(client.clientId, now) : undefined;
  }

  check(accessToken: string, now: number): TokenCheck {
    const token = this.#byAccess.get(accessToken);
    if (!token) return { ok: false, reason: 'unknown' };
    if (now >= token.expiresAt) return { ok: false, reason: 'expired' };
    return { ok: true, token };
  }

  clear(): void {
    this.#byAccess.clear();
  }

  toJSON(): IssuedToken[] {
    return [...this.#byAccess.values()];
  }

  load(tokens: readonly IssuedToken[]): void {
    this.clear();
    for (const token of tokens) this.#byAccess.set(token.accessToken, token);
  }

  #mint(clientId: string, now: number): IssuedToken {
    // Expired tokens are dropped now and then, so a long-running emulator does not collect them.
    if (this.#byAccess.size >= 1000) {
      for (const [key, token] of this.#byAccess)
        if (now >= token.expiresAt) this.#byAccess.delete(key);
    }
    const token: IssuedToken = {
      accessToken: opaqueToken(),
      clientId,
      issuedAt: now,
      expiresAt: now + this.#lifetimeMs,
    };
    this.#byAccess.set(token.accessToken, token);
    return token;
  }
}
