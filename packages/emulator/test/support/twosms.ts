import { decodeXml } from '@sms-contracts/client/xml';
import type { Emulator } from '../../src/index.ts';
import { isXmlMediaType, operationTable, shapes } from '../../src/twosms/xml-tables.ts';
import { expectMatchesSpec } from './spec-check.ts';

export const clientId = 'sms-emulator-client';
export const clientSecret = 'sms-emulator-secret';

export interface TwoSmsCall {
  readonly status: number;
  readonly mediaType: string;
  /** The raw body text. */
  readonly text: string;
  /** The body in the JSON data model (XML decoded through the generated shapes). */
  // biome-ignore lint/suspicious/noExplicitAny: test bodies are read loosely, then asserted.
  readonly body: any;
}

export interface TwoSmsRequest {
  readonly token?: string | null;
  readonly json?: unknown;
  readonly xml?: string;
  readonly form?: string;
  readonly raw?: { readonly contentType: string; readonly body: string | Uint8Array<ArrayBuffer> };
  readonly accept?: string;
}

/**
 * Calls 2SMS in process, decodes the answer by its Content-Type (XML through the generated
 * shapes), and asserts it matches the spec for `operationId`, status and media type.
 */
export async function callTwoSms(
  emulator: Emulator,
  operationId: string | undefined,
  method: string,
  path: string,
  request: TwoSmsRequest = {},
): Promise<TwoSmsCall> {
  const headers: Record<string, string> = {};
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  if (request.accept) headers.accept = request.accept;
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  if (request.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(request.json);
  } else if (request.xml !== undefined) {
    headers['content-type'] = 'application/xml';
    body = request.xml;
  } else if (request.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = request.form;
  } else if (request.raw) {
    headers['content-type'] = request.raw.contentType;
    body = request.raw.body;
  }
  const response = await emulator.fetch(`http://emulator.test/twosms${path}`, {
    method,
    headers,
    body,
  });
  const text = await response.text();
  const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  let decoded: unknown;
  if (isXmlMediaType(mediaType)) {
    const documented = operationId
      ? operationTable[operationId]?.xmlResponses?.[String(response.status)]?.[mediaType]
      : undefined;
    decoded = decodeXml(
      text,
      documented ?? { root: 'Error', shape: { kind: 'ref', name: 'HttpError' } },
      shapes,
    );
  } else {
    decoded = JSON.parse(text);
  }
  expectMatchesSpec('twosms', operationId, response.status, mediaType, decoded);
  return { status: response.status, mediaType, text, body: decoded };
}

/** Gets an access token with the default client credentials. */
export async function accessToken(emulator: Emulator): Promise<string> {
  const call = await callTwoSms(emulator, 'requestAccessToken', 'POST', '/Token', {
    form: `grant_type=client_credentials&client_id=${clientId}&client_secret=${clientSecret}`,
  });
  if (call.status !== 200) throw new Error(`POST /Token gave ${call.status}: ${call.text}`);
  return call.body.access_token;
}

/** Sends a message with POST /api/v2/sms/messages and returns its id and the call. */
export async function sendTwoSms(
  emulator: Emulator,
  token: string,
  message: Record<string, unknown>,
): Promise<{ id: string; call: TwoSmsCall }> {
  const call = await callTwoSms(emulator, 'sendMessage', 'POST', '/api/v2/sms/messages', {
    token,
    json: { Options: {}, Type: 0, ...message },
  });
  if (call.status !== 200) throw new Error(`send gave ${call.status}: ${call.text}`);
  return { id: call.body.ResponseData.Detail.MessageID, call };
}

/** A MessageDetails body for PUT, with the fields the spec requires; `changes` on top. */
export function messageDetails(
  id: string,
  changes: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    messageId: id,
    DateReceived: '2030-01-15T09:00:00Z',
    DateToSend: '2030-01-15T09:00:00Z',
    DateSent: '2030-01-15T09:00:00Z',
    Sender: 'Emulator',
    DateModified: '2030-01-15T09:00:00Z',
    AdditionalContactID: 0,
    AuthenticationMethod: 0,
    ...changes,
  };
}
