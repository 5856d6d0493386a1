// Every operation of both APIs, with every status the emulator answers it with: each call goes
// through callGateway/callTwoSms, which assert the body matches the spec for that operation,
// status and media type (an undocumented error status: the API's own error envelope).
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../src/index.ts';
import { callGateway, createMessage, type GatewayCall, testEmulator } from './support/gateway.ts';
import {
  accessToken,
  callTwoSms,
  messageDetails,
  sendTwoSms,
  type TwoSmsCall,
} from './support/twosms.ts';

const unknownId = '5d4436469f272566771c6671';
const unknownGuid = 'a2301eec-c74e-49bd-9715-bcb545c82ea1';

interface Case {
  readonly name: string;
  readonly status: number;
  run(emulator: Emulator): Promise<GatewayCall | TwoSmsCall>;
}

const gateway =
  (
    operationId: string,
    method: string,
    path: string,
    options?: Parameters<typeof callGateway>[4],
  ) =>
  (emulator: Emulator) =>
    callGateway(emulator, operationId, method, path, options);

async function openMessage(emulator: Emulator): Promise<string> {
  return (await createMessage(emulator, { recipients: '+39-3470000001', transaction: true })).id;
}
async function closedMessage(emulator: Emulator): Promise<string> {
  return (await createMessage(emulator, { recipients: '+39-3470000001' })).id;
}

const gatewayCases: Case[] = [
  {
    name: 'listMessages 200',
    status: 200,
    run: async (e) => {
      await closedMessage(e);
      return gateway('listMessages', 'GET', '/messages/')(e);
    },
  },
  {
    name: 'listMessages 401',
    status: 401,
    run: gateway('listMessages', 'GET', '/messages/', { token: null }),
  },
  { name: 'listMessages 404', status: 404, run: gateway('listMessages', 'GET', '/messages/') },
  {
    name: 'sendMessage 201',
    status: 201,
    run: gateway('sendMessage', 'POST', '/messages/', {
      body: { sender: 'abc', body: 'x', recipients: '+39-3470000001' },
    }),
  },
  {
    name: 'sendMessage 400',
    status: 400,
    run: gateway('sendMessage', 'POST', '/messages/', { rawBody: '[' }),
  },
  {
    name: 'sendMessage 401',
    status: 401,
    run: gateway('sendMessage', 'POST', '/messages/', { token: 'x', body: {} }),
  },
  {
    name: 'sendMessage 402',
    status: 402,
    run: (e) => {
      e.setCredit({ gatewaySms: 0 });
      return gateway('sendMessage', 'POST', '/messages/', {
        body: { sender: 'abc', body: 'x', recipients: '+39-3470000001' },
      })(e);
    },
  },
  {
    name: 'sendMessage 413',
    status: 413,
    run: gateway('sendMessage', 'POST', '/messages/', { rawBody: `"${'x'.repeat(5000)}"` }),
  },
  {
    name: 'sendMessage 415',
    status: 415,
    run: gateway('sendMessage', 'POST', '/messages/', { rawBody: 'x', contentType: 'text/plain' }),
  },
  {
    name: 'sendMessage 422',
    status: 422,
    run: gateway('sendMessage', 'POST', '/messages/', { body: { sender: 'abc' } }),
  },
  {
    name: 'getMessage 200',
    status: 200,
    run: async (e) => gateway('getMessage', 'GET', `/messages/${await closedMessage(e)}`)(e),
  },
  {
    name: 'getMessage 401',
    status: 401,
    run: gateway('getMessage', 'GET', `/messages/${unknownId}`, { token: null }),
  },
  { name: 'getMessage 406', status: 406, run: gateway('getMessage', 'GET', '/messages/zzz') },
  {
    name: 'updateMessage 200',
    status: 200,
    run: async (e) =>
      gateway('updateMessage', 'PUT', `/messages/${await openMessage(e)}`, {
        body: { recipients: [] },
      })(e),
  },
  {
    name: 'updateMessage 400',
    status: 400,
    run: async (e) =>
      gateway('updateMessage', 'PUT', `/messages/${await openMessage(e)}`, { body: {} })(e),
  },
  {
    name: 'updateMessage 401',
    status: 401,
    run: gateway('updateMessage', 'PUT', `/messages/${unknownId}`, {
      token: null,
      body: { recipients: [] },
    }),
  },
  {
    name: 'updateMessage 402',
    status: 402,
    run: async (e) => {
      const id = await openMessage(e);
      e.setCredit({ gatewaySms: 0 });
      return gateway('updateMessage', 'PUT', `/messages/${id}`, {
        body: { recipients: '+39-3470000002' },
      })(e);
    },
  },
  {
    name: 'updateMessage 404',
    status: 404,
    run: gateway('updateMessage', 'PUT', `/messages/${unknownId}`, { body: { recipients: [] } }),
  },
  {
    name: 'updateMessage 406',
    status: 406,
    run: gateway('updateMessage', 'PUT', '/messages/zzz', { body: { recipients: [] } }),
  },
  {
    name: 'updateMessage 413',
    status: 413,
    run: gateway('updateMessage', 'PUT', `/messages/${unknownId}`, {
      rawBody: `"${'x'.repeat(5000)}"`,
    }),
  },
  {
    name: 'updateMessage 415',
    status: 415,
    run: gateway('updateMessage', 'PUT', `/messages/${unknownId}`, {
      rawBody: '<x/>',
      contentType: 'application/xml',
    }),
  },
  {
    name: 'updateMessage 422',
    status: 422,
    run: async (e) =>
      gateway('updateMessage', 'PUT', `/messages/${await closedMessage(e)}`, {
        body: { recipients: [] },
      })(e),
  },
  {
    name: 'deleteMessage 200',
    status: 200,
    run: async (e) => gateway('deleteMessage', 'DELETE', `/messages/${await openMessage(e)}`)(e),
  },
  { name: 'deleteMessage 400', status: 400, run: gateway('deleteMessage', 'DELETE', '/messages/') },
  {
    name: 'deleteMessage 401',
    status: 401,
    run: gateway('deleteMessage', 'DELETE', `/messages/${unknownId}`, { token: null }),
  },
  {
    name: 'deleteMessage 404',
    status: 404,
    run: gateway('deleteMessage', 'DELETE', `/messages/${unknownId}`),
  },
  {
    name: 'deleteMessage 406',
    status: 406,
    run: gateway('deleteMessage', 'DELETE', '/messages/zzz'),
  },
  {
    name: 'deleteMessage 422',
    status: 422,
    run: async (e) => gateway('deleteMessage', 'DELETE', `/messages/${await closedMessage(e)}`)(e),
  },
  {
    name: 'listRecipients 200',
    status: 200,
    run: async (e) =>
      gateway('listRecipients', 'GET', `/messages/${await closedMessage(e)}/recipients/`)(e),
  },
  {
    name: 'listRecipients 401',
    status: 401,
    run: gateway('listRecipients', 'GET', `/messages/${unknownId}/recipients/`, { token: null }),
  },
  {
    name: 'listRecipients 404',
    status: 404,
    run: gateway('listRecipients', 'GET', `/messages/${unknownId}/recipients/`),
  },
  {
    name: 'listRecipients 406',
    status: 406,
    run: gateway('listRecipients', 'GET', '/messages/zzz/recipients/'),
  },
  {
    name: 'getRecipient 200',
    status: 200,
    run: async (e) =>
      gateway(
        'getRecipient',
        'GET',
        `/messages/${await openMessage(e)}/recipients/+39-3470000001`,
      )(e),
  },
  {
    name: 'getRecipient 401',
    status: 401,
    run: gateway('getRecipient', 'GET', `/messages/${unknownId}/recipients/+39-1`, { token: null }),
  },
  {
    name: 'getRecipient 404',
    status: 404,
    run: gateway('getRecipient', 'GET', `/messages/${unknownId}/recipients/+39-1`),
  },
  {
    name: 'getRecipient 406',
    status: 406,
    run: gateway('getRecipient', 'GET', '/messages/zzz/recipients/+39-1'),
  },
  {
    name: 'unknown route 404',
    status: 404,
    run: (e) => callGateway(e, undefined, 'GET', '/nowhere'),
  },
];

type TwoSmsRun = (emulator: Emulator, token: string) => Promise<TwoSmsCall>;
const twosms =
  (
    operationId: string,
    method: string,
    path: string,
    request: Parameters<typeof callTwoSms>[4] = {},
    auth = true,
  ): TwoSmsRun =>
  (emulator, token) =>
    callTwoSms(emulator, operationId, method, path, { ...(auth ? { token } : {}), ...request });

async function twoSmsMessage(
  emulator: Emulator,
  token: string,
  options: Record<string, unknown> = {},
): Promise<string> {
  return (
    await sendTwoSms(emulator, token, {
      Contacts: { QuickRecipients: { '+12345678901': 2 } },
      Content: 'x',
      Options: options,
    })
  ).id;
}

const send = {
  Contacts: { QuickRecipients: { '+12345678901': 2 } },
  Content: 'x',
  Options: {},
  Type: 1,
};
const criteria = { All: false, MessageIDs: [unknownGuid] };
const report = '/api/v1/reports/messages?paging.Page=1&paging.NoOfRecords=5';
const twoSmsCases: { name: string; status: number; run: TwoSmsRun }[] = [
  {
    name: 'requestAccessToken 200',
    status: 200,
    run: twosms(
      'requestAccessToken',
      'POST',
      '/Token',
      {
        form: 'grant_type=client_credentials&client_id=sms-emulator-client&client_secret=sms-emulator-secret',
      },
      false,
    ),
  },
  {
    name: 'requestAccessToken 400',
    status: 400,
    run: twosms(
      'requestAccessToken',
      'POST',
      '/Token',
      { form: 'grant_type=client_credentials' },
      false,
    ),
  },
  {
    name: 'requestAccessToken 413',
    status: 413,
    run: twosms(
      'requestAccessToken',
      'POST',
      '/Token',
      { form: `client_id=${'x'.repeat(5000)}` },
      false,
    ),
  },
  {
    name: 'requestAccessToken 415',
    status: 415,
    run: twosms('requestAccessToken', 'POST', '/Token', { json: {} }, false),
  },
  {
    name: 'sendMessage 200',
    status: 200,
    run: twosms('sendMessage', 'POST', '/api/v2/sms/messages', { json: send }),
  },
  {
    name: 'sendMessage 400',
    status: 400,
    run: twosms('sendMessage', 'POST', '/api/v2/sms/messages', { json: { Type: 1 } }),
  },
  {
    name: 'sendMessage 401',
    status: 401,
    run: twosms('sendMessage', 'POST', '/api/v2/sms/messages', { json: send }, false),
  },
  {
    name: 'sendMessage 413',
    status: 413,
    run: twosms('sendMessage', 'POST', '/api/v2/sms/messages', {
      json: { ...send, Content: 'x'.repeat(5000) },
    }),
  },
  {
    name: 'sendMessage 415',
    status: 415,
    run: twosms('sendMessage', 'POST', '/api/v2/sms/messages', { xml: '<MessageV2/>' }),
  },
  {
    name: 'updateMessage 200 json',
    status: 200,
    run: async (e, t) => {
      const id = await twoSmsMessage(e, t);
      return twosms('updateMessage', 'PUT', `/api/v1/sms/messages/${id}`, {
        json: messageDetails(id),
      })(e, t);
    },
  },
  {
    name: 'updateMessage 200 xml',
    status: 200,
    run: async (e, t) => {
      const id = await twoSmsMessage(e, t);
      return twosms('updateMessage', 'PUT', `/api/v1/sms/messages/${id}`, {
        json: messageDetails(id),
        accept: 'application/xml',
      })(e, t);
    },
  },
  {
    name: 'updateMessage 400 json',
    status: 400,
    run: twosms('updateMessage', 'PUT', `/api/v1/sms/messages/${unknownGuid}`, {
      json: messageDetails(unknownGuid),
    }),
  },
  {
    name: 'updateMessage 400 xml',
    status: 400,
    run: twosms('updateMessage', 'PUT', `/api/v1/sms/messages/${unknownGuid}`, {
      json: messageDetails(unknownGuid),
      accept: 'text/xml',
    }),
  },
  {
    name: 'updateMessage 401',
    status: 401,
    run: twosms(
      'updateMessage',
      'PUT',
      `/api/v1/sms/messages/${unknownGuid}`,
      { json: messageDetails(unknownGuid), accept: 'application/xml' },
      false,
    ),
  },
  {
    name: 'updateMessage 415',
    status: 415,
    run: twosms('updateMessage', 'PUT', `/api/v1/sms/messages/${unknownGuid}`, {
      raw: { contentType: 'text/plain', body: 'x' },
    }),
  },
  {
    name: 'getMessageView 200 json',
    status: 200,
    run: async (e, t) => {
      const id = await twoSmsMessage(e, t);
      return twosms(
        'getMessageView',
        'GET',
        `/api/v1/sms/messages/${id}?contactId=${e.outbox('twosms')[0]?.viewToken}`,
      )(e, t);
    },
  },
  {
    name: 'getMessageView 200 xml',
    status: 200,
    run: async (e, t) => {
      const id = await twoSmsMessage(e, t);
      return twosms(
        'getMessageView',
        'GET',
        `/api/v1/sms/messages/${id}?contactId=${e.outbox('twosms')[0]?.viewToken}`,
        { accept: 'application/xml' },
      )(e, t);
    },
  },
  {
    name: 'getMessageView 400',
    status: 400,
    run: twosms('getMessageView', 'GET', `/api/v1/sms/messages/${unknownGuid}?contactId=x`, {
      accept: 'text/xml',
    }),
  },
  {
    name: 'getMessageView 401',
    status: 401,
    run: twosms(
      'getMessageView',
      'GET',
      `/api/v1/sms/messages/${unknownGuid}?contactId=x`,
      {},
      false,
    ),
  },
  {
    name: 'expireMessages 200',
    status: 200,
    run: async (e, t) => {
      const id = await twoSmsMessage(e, t);
      return twosms('expireMessages', 'DELETE', '/api/v1/sms/messages', {
        json: { MessageIDs: [id] },
      })(e, t);
    },
  },
  {
    name: 'expireMessages 400',
    status: 400,
    run: twosms('expireMessages', 'DELETE', '/api/v1/sms/messages', { json: { MessageIDs: 'x' } }),
  },
  {
    name: 'expireMessages 401',
    status: 401,
    run: twosms('expireMessages', 'DELETE', '/api/v1/sms/messages', { json: {} }, false),
  },
  {
    name: 'cancelPendingMessages 200',
    status: 200,
    run: twosms('cancelPendingMessages', 'DELETE', '/api/v2/sms/messages/pendings', {
      json: criteria,
    }),
  },
  {
    name: 'cancelPendingMessages 400',
    status: 400,
    run: twosms('cancelPendingMessages', 'DELETE', '/api/v2/sms/messages/pendings', {
      json: { All: 'yes' },
    }),
  },
  {
    name: 'cancelPendingMessages 401',
    status: 401,
    run: twosms(
      'cancelPendingMessages',
      'DELETE',
      '/api/v2/sms/messages/pendings',
      { json: criteria },
      false,
    ),
  },
  {
    name: 'cancelRecurringMessages 200',
    status: 200,
    run: twosms('cancelRecurringMessages', 'DELETE', '/api/v2/sms/messages/recurrings', {
      json: criteria,
    }),
  },
  {
    name: 'cancelRecurringMessages 400',
    status: 400,
    run: twosms('cancelRecurringMessages', 'DELETE', '/api/v2/sms/messages/recurrings', {
      xml: '<Wrong/>',
    }),
  },
  {
    name: 'cancelRecurringMessages 401',
    status: 401,
    run: twosms(
      'cancelRecurringMessages',
      'DELETE',
      '/api/v2/sms/messages/recurrings',
      { json: criteria },
      false,
    ),
  },
  {
    name: 'searchMessageReport 200',
    status: 200,
    run: async (e, t) => {
      await twoSmsMessage(e, t);
      return twosms('searchMessageReport', 'GET', report)(e, t);
    },
  },
  {
    name: 'searchMessageReport 400',
    status: 400,
    run: twosms('searchMessageReport', 'GET', '/api/v1/reports/messages?paging.Page=1'),
  },
  {
    name: 'searchMessageReport 401',
    status: 401,
    run: twosms('searchMessageReport', 'GET', report, {}, false),
  },
  {
    name: 'unknown route 404',
    status: 404,
    run: (e) => callTwoSms(e, undefined, 'GET', '/api/v1/nothing', { accept: 'application/xml' }),
  },
];

describe('every Gateway SMS operation and status matches the spec', () => {
  it.each(gatewayCases)('$name', async ({ status, run }) => {
    const emulator = testEmulator({ bodyLimitBytes: 4096 });
    expect((await run(emulator)).status).toBe(status);
  });
});

describe('every 2SMS operation and status matches the spec', () => {
  it.each(twoSmsCases)('$name', async ({ status, run }) => {
    const emulator = testEmulator({ bodyLimitBytes: 4096 });
    const token = await accessToken(emulator);
    expect((await run(emulator, token)).status).toBe(status);
  });
});
