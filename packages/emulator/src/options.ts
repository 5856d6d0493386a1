import type { ClockSource } from './clock.ts';
import type { SchemeCredential } from './spec-driven/security.ts';

/** A 2SMS API client: the credentials `POST /Token` exchanges for an access token. */
export interface TwoSmsClientCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

export interface GatewaySmsOptions {
  /**
   * Wallet credit in euros at start and after `reset()`.
   * @default 100
   */
  readonly credit?: number;
  /**
   * Bearer tokens the emulator accepts.
   * @default ['sms-emulator-gateway-token']
   */
  readonly tokens?: readonly string[];
  /**
   * Price of one SMS segment in euros, before priority (the vendor's examples show 0.0315).
   * @default 0.0315
   */
  readonly pricePerSms?: number;
  /**
   * Price multiplier of realtime (OTP) messages (the vendor's realtime example shows ×1.2).
   * @default 1.2
   */
  readonly realtimeMultiplier?: number;
}

export interface TwoSmsOptions {
  /**
   * Account credits at start and after `reset()`; one credit buys one SMS segment.
   * @default 1000
   */
  readonly credit?: number;
  /**
   * Client credentials `POST /Token` accepts.
   * @default [{ clientId: 'sms-emulator-client', clientSecret: 'sms-emulator-secret' }]
   */
  readonly clients?: readonly TwoSmsClientCredentials[];
  /**
   * Lifetime of issued access tokens in seconds (the vendor documents 8 hours).
   * @default 28800
   */
  readonly tokenLifetimeSeconds?: number;
  /**
   * `ResponseData.Identification.UserId` of the emulated account.
   * @default '6b1d7e0c-6a43-4f33-9d7c-0e6f5d1b2a90'
   */
  readonly userId?: string;
}

/** Settings of one spec-driven API (any registry API but Gateway SMS and 2SMS). */
export interface SpecDrivenApiOptions {
  /**
   * The only credentials accepted, keyed by the spec's security scheme names, in the shape the
   * generated clients take: `{ username, password }` for http basic, a string for bearer and
   * apiKey, `{ clientId, clientSecret }` for oauth2 client credentials (then only tokens its token
   * endpoint issued are accepted). A scheme left out accepts any well-formed credential.
   * @default {} (any well-formed credential)
   */
  readonly credentials?: Readonly<Record<string, SchemeCredential>>;
}

export interface EmulatorOptions {
  readonly gatewaySms?: GatewaySmsOptions;
  readonly twosms?: TwoSmsOptions;
  /**
   * Settings of the spec-driven APIs, keyed by registry slug.
   * @default {}
   */
  readonly apis?: Readonly<Record<string, SpecDrivenApiOptions>>;
  /**
   * Where the emulator reads the time; the control API moves it forward from there.
   * @default { now: () => Date.now() }
   */
  readonly clock?: ClockSource;
  /**
   * Largest request body accepted, in bytes; a larger one gets 413 in the API's error envelope.
   * @default 1048576 (1 MiB)
   */
  readonly bodyLimitBytes?: number;
  /**
   * A JSON file the state is loaded from at start (if it exists) and saved to after every change,
   * atomically (written to a temporary file, then renamed over it). Without it, state lives in
   * memory only and starts empty.
   * @default undefined
   */
  readonly stateFile?: string;
  /**
   * Check every response against the spec before sending it; a mismatch becomes a 500 that names
   * the operation, status and JSON Pointer. Meant for the emulator's own tests; costs time.
   * @default false
   */
  readonly validateResponses?: boolean;
  /**
   * Receives one line per request (method, path, status, duration). Tokens, secrets and bodies
   * are never part of it.
   * @default undefined (no log)
   */
  readonly log?: (line: string) => void;
}

export const defaults = {
  gatewayCredit: 100,
  gatewayToken: 'sms-emulator-gateway-token',
  twosmsCredit: 1000,
  twosmsClient: { clientId: 'sms-emulator-client', clientSecret: 'sms-emulator-secret' },
  tokenLifetimeSeconds: 8 * 60 * 60,
  userId: '6b1d7e0c-6a43-4f33-9d7c-0e6f5d1b2a90',
  bodyLimitBytes: 1024 * 1024,
} as const;
