import { createEmulator, type Emulator } from '../../src/index.ts';
import type { EmulatorOptions } from '../../src/options.ts';
import { expectMatchesSpec } from './spec-check.ts';

export const gatewayToken = 'sms-emulator-gateway-token';
export const startTime = Date.UTC(2030, 0, 15, 9, 0, 0);

/** An emulator on a fixed clock that also checks each of its responses against the spec. */
export function testEmulator(options: EmulatorOptions = {}): Emulator {
  return createEmulator({ clock: { now: () => startTime }, validateResponses: true, ...options });
}

export interface GatewayCall {
  readonly status: number;
  // biome-ignore lint/suspicious/noExplicitAny: test bodies are read loosely, then asserted.
  readonly body: any;
}

/**
 * Calls Gateway SMS in process and asserts the answer matches the spec for `operationId` (for an
 * undocumented error status: the API's error envelope).
 */
export async function callGateway(
  emulator: Emulator,
  operationId: string | undefined,
  method: string,
  path: string,
  options: { body?: unknown; token?: string | null; rawBody?: string; contentType?: string } = {},
): Promise<GatewayCall> {
  const headers: Record<string, string> = {};
  const token = options.token === undefined ? gatewayToken : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const bodyText =
    options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (bodyText !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  const response = await emulator.fetch(`http://emulator.test/gateway-sms${path}`, {
    method,
    headers,
    body: bodyText,
  });
  const body = await response.json();
  expectMatchesSpec('gateway-sms', operationId, response.status, 'application/json', body);
  return { status: response.status, body };
}

/** Creates a message with POST /messages/ and returns its id. */
export async function createMessage(
  emulator: Emulator,
  body: Record<string, unknown>,
): Promise<{ id: string; call: GatewayCall }> {
  const call = await callGateway(emulator, 'sendMessage', 'POST', '/messages/', {
    body: { sender: 'alberto', body: 'test invio', ...body },
  });
  if (call.status !== 201)
    throw new Error(`POST /messages/ gave ${call.status}: ${JSON.stringify(call.body)}`);
  return { id: call.body.data[0].id, call };
}
