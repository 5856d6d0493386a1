import { expect } from 'vitest';
import type { Emulator } from '../../src/index.ts';

/** One generated request: valid, or broken at one place its 4xx must name. */
export interface Probe {
  readonly api: 'gateway-sms' | 'twosms' | '__emulator';
  readonly operationId: string;
  readonly method: string;
  /** Below the API's mount point: `/messages/…`. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** For a broken request: the pointer (JSON Pointer or XML element path) its 4xx must name. */
  readonly broken?: string;
}

/** What a run knows so far, so probes can aim at messages that exist. */
export interface World {
  readonly gatewayIds: string[];
  readonly twosmsIds: string[];
  /** 2SMS recipients' view tokens (the outbox's), to read messages as them. */
  viewTokens: string[];
  token: string;
}

/** A probe made from generated choices, aimed once the world of its run is known. */
export type ProbeMaker = (world: World) => Probe;

/** Picks the `index`-th of `items` (wrapping), or `fallback` when there are none. */
export function pick<T>(items: readonly T[], index: number, fallback: T): T {
  return items.length === 0 ? fallback : (items[index % items.length] as T);
}

/** Figures of a property run, for the report. */
export const figures = { runs: 0, requests: 0, serverErrors: 0, broken: 0, refused: 0 };

export interface Answer {
  readonly status: number;
  readonly text: string;
}

/**
 * Sends a probe, in process or over HTTP to `server` (`http://127.0.0.1:<port>`), and checks what
 * every answer must satisfy: no 5xx, a named 4xx.
 */
export async function send(emulator: Emulator, probe: Probe, server?: string): Promise<Answer> {
  const url = `${server ?? 'http://127.0.0.1'}/${probe.api}${probe.path}`;
  const init = { method: probe.method, headers: probe.headers, body: probe.body };
  const response = await (server
    ? fetch(url, { ...init, signal: AbortSignal.timeout(10_000) })
    : emulator.fetch(url, init));
  const text = await response.text();
  figures.requests += 1;
  const where = `${probe.method} /${probe.api}${probe.path} ${probe.body ?? ''}`;
  if (response.status >= 500) {
    figures.serverErrors += 1;
    expect.fail(`${where} answered ${response.status}: ${text}`);
  }
  if (probe.broken !== undefined) {
    figures.broken += 1;
    expect(response.status, `${where} should be refused`).toBeGreaterThanOrEqual(400);
    expect(response.status, where).toBeLessThan(500);
    expect(text, `${where} should name ${probe.broken}`).toContain(probe.broken);
  }
  if (response.status >= 400) figures.refused += 1;
  return { status: response.status, text };
}

/** The emulator's observable state: what a refused request must leave exactly as it was. */
export function observe(emulator: Emulator): string {
  return JSON.stringify({ credit: emulator.credit(), outbox: emulator.outbox() });
}

/** Invariants that hold after every request: no negative credit, no SMS listed twice. */
export function expectInvariants(emulator: Emulator): void {
  const credit = emulator.credit();
  expect(credit.gatewaySms).toBeGreaterThanOrEqual(0);
  expect(credit.twosms).toBeGreaterThanOrEqual(0);
  // Expiry notices may go to the same recipient again; messages never do.
  const sms = emulator
    .outbox()
    .filter((entry) => entry.api === 'gateway-sms' || entry.viewToken !== undefined)
    .map((entry) => `${entry.api} ${entry.messageId} ${entry.to}`);
  expect(new Set(sms).size, 'an SMS is listed twice').toBe(sms.length);
}

/** A control call (clock, credit) mixed into the generated traffic. */
export function controlProbe(path: string, body: unknown): Probe {
  return {
    api: '__emulator',
    operationId: `control ${path}`,
    method: path === '/credit' ? 'PUT' : 'POST',
    path,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  };
}
