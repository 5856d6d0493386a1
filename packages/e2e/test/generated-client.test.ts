// The generated createClient of our two APIs against the emulator, in process (the vendors' own
// hosts, the emulator's fetch) and over HTTP on 127.0.0.1: credentials keyed by the spec's scheme
// names do what the hand-written wrappers do.

import { createClient as createGatewayClient } from '@sms-contracts/client/gateway-sms';
import { createClient as createTwoSmsGeneratedClient } from '@sms-contracts/client/twosms';
import type { Emulator } from '@sms-contracts/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from './support/emulator.ts';

let emulator: Emulator;
let server: { readonly url: string; close(): Promise<void> };
const seen: string[] = [];
const recordingFetch = (request: Request) => {
  seen.push(`${request.method} ${request.url} ${request.headers.get('content-type') ?? '-'}`);
  return emulator.fetch(request);
};
beforeAll(async () => {
  emulator = startEmulator();
  server = await emulator.listen(0);
});
afterAll(() => server?.close());

describe.each(['in process', 'HTTP'] as const)('generated createClient, %s', (transport) => {
  it('gateway-sms: credentials.bearerAuth sends and reads a message', async () => {
    const token = emulator.credentials().gatewaySms.tokens[0] as string;
    const client =
      transport === 'in process'
        ? createGatewayClient({
            environment: 'https://test.ws.messaggisms.com',
            credentials: { bearerAuth: token },
            fetch: recordingFetch,
            validate: true,
          })
        : createGatewayClient({
            baseUrl: `${server.url}/gateway-sms`,
            credentials: { bearerAuth: token },
            validate: true,
          });
    const sent = await client.POST('/messages/', {
      body: {
        test: false,
        priority: 1,
        sender: 'alberto',
        body: 'generated',
        recipients: '+39-3470000003',
        transaction: false,
      },
    });
    expect(sent.response.status).toBe(201);
    const id = sent.data?.data[0]?.id as string;
    const one = await client.GET('/messages/{id}', { params: { path: { id } } });
    expect(one.data?.data[0]).toMatchObject({ id, sender: 'alberto' });
    const refused = await createGatewayClient({
      baseUrl: `${server.url}/gateway-sms`,
      credentials: { bearerAuth: 'not-a-token' },
    }).GET('/messages/');
    expect(refused.response.status).toBe(401);
  });

  it('twosms: credentials.clientCredentials, a token from /Token on the same host, XML bodies', async () => {
    const credentials = emulator.credentials().twosms.clients[0] as {
      clientId: string;
      clientSecret: string;
    };
    seen.length = 0;
    const client =
      transport === 'in process'
        ? createTwoSmsGeneratedClient({
            environment: 'https://portal.2sms.us',
            credentials: { clientCredentials: credentials },
            format: 'xml',
            fetch: recordingFetch,
            validate: true,
          })
        : createTwoSmsGeneratedClient({
            baseUrl: `${server.url}/twosms`,
            credentials: { clientCredentials: credentials },
            format: 'xml',
            validate: true,
          });
    const sent = await client.POST('/api/v2/sms/messages', {
      body: {
        Contacts: { QuickRecipients: { [`+12345670${transport === 'HTTP' ? 9 : 8}01`]: 2 } },
        Content: 'Generated client',
        Options: { Reads: 3 },
        Type: 0,
      },
    });
    expect(sent.response.status).toBe(200);
    const id = sent.data?.ResponseData?.Detail?.MessageID as string;
    const cancelled = await client.DELETE('/api/v2/sms/messages/pendings', {
      body: { MessageIDs: [id] },
    });
    expect(cancelled.response.status).toBe(200);
    if (transport === 'in process') {
      // sendMessage has no XML body in the spec: it stays JSON; the cancel body goes as XML.
      expect(seen).toEqual([
        'POST https://portal.2sms.us/Token application/x-www-form-urlencoded',
        'POST https://portal.2sms.us/api/v2/sms/messages application/json',
        'DELETE https://portal.2sms.us/api/v2/sms/messages/pendings application/xml',
      ]);
    }
  });
});
