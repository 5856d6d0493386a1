import { afterEach, describe, expect, it } from 'vitest';
import { createTwoSmsClient, type paths } from '../src/twosms.ts';
import { type LoopbackServer, sendJson, startServer } from './support/loopback-server.ts';
import { jsonSample, xmlSample } from './support/seed-004.ts';

type MessageDetails =
  paths['/api/v1/sms/messages/{messageID}']['put']['requestBody']['content']['application/json'];

const credentials = { clientId: 'client-1', clientSecret: 'secret-1' };
const messageDetails = jsonSample('messageId') as MessageDetails;
const messageId = 'a2301eec-c74e-49bd-9715-bcb545c82ea1';
let server: LoopbackServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** /Token plus one API route answering `reply` (JSON or XML per the request's Accept). */
async function twoSmsServer(reply: (accept: string) => { type: string; body: string }) {
  server = await startServer((request, response) => {
    if (request.url === '/Token') {
      sendJson(response, 200, {
        access_token: 'access-1',
        token_type: 'bearer',
        expires_in: 28799,
      });
      return;
    }
    const { type, body } = reply(String(request.headers.accept));
    response.writeHead(200, { 'content-type': type }).end(body);
  });
  return server;
}

const transactionJson = JSON.stringify(jsonSample('Error'));
const answerJsonOrXml = (accept: string) =>
  accept.includes('xml')
    ? { type: 'application/xml; charset=utf-8', body: xmlSample('ResponseOfSmsTransaction') }
    : { type: 'application/json; charset=utf-8', body: transactionJson };

describe('createTwoSmsClient', () => {
  it('JSON: updates a message with a bearer token from /Token', async () => {
    const { url, requests } = await twoSmsServer(answerJsonOrXml);
    const client = createTwoSmsClient(credentials, { baseUrl: url, format: 'json' });
    const { data, error } = await client.PUT('/api/v1/sms/messages/{messageID}', {
      params: { path: { messageID: messageId } },
      body: messageDetails,
    });
    expect(error).toBeUndefined();
    expect(data).toEqual(jsonSample('Error'));
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers).toMatchObject({
      authorization: 'Bearer access-1',
      'content-type': 'application/json',
    });
    expect(JSON.parse(put?.body ?? '')).toEqual(messageDetails);
  });

  it('XML: sends MessageDetails as the seed’s XML and reads the XML answer into the same data', async () => {
    const { url, requests } = await twoSmsServer(answerJsonOrXml);
    const client = createTwoSmsClient(credentials, { baseUrl: url, format: 'xml' });
    const { data } = await client.PUT('/api/v1/sms/messages/{messageID}', {
      params: { path: { messageID: messageId } },
      body: messageDetails,
    });
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers['content-type']).toBe('application/xml');
    expect(put?.headers.accept).toBe('application/xml');
    expect(put?.body).toBe(xmlSample('MessageDetails'));
    expect(put?.body).toContain('<ID>a2301eec-c74e-49bd-9715-bcb545c82ea1</ID>');
    expect(put?.body).toContain('<AuthenticationMethod>ANONYMOUS</AuthenticationMethod>');
    expect(data).toEqual(jsonSample('Error'));
  });

  it('XML: operations without an XML body in the spec stay JSON both ways', async () => {
    const { url, requests } = await twoSmsServer(answerJsonOrXml);
    const client = createTwoSmsClient(credentials, { baseUrl: url, format: 'xml' });
    await client.POST('/api/v2/sms/messages', {
      body: {
        Contacts: { QuickRecipients: { '+12345678901': 2 } },
        Content: 'Standard Send Test',
        Options: {},
        Type: 1,
      },
    });
    const post = requests.find((request) => request.method === 'POST' && request.url !== '/Token');
    expect(post?.headers).toMatchObject({
      'content-type': 'application/json',
      accept: 'application/json',
    });
  });

  it('XML: a body that does not fit its shape fails before sending, naming the element', async () => {
    const { url, requests } = await twoSmsServer(answerJsonOrXml);
    const client = createTwoSmsClient(credentials, { baseUrl: url, format: 'xml' });
    const call = client.PUT('/api/v1/sms/messages/{messageID}', {
      params: { path: { messageID: messageId } },
      body: { ...messageDetails, ContactID: 'sixteen' } as never,
    });
    await expect(call).rejects.toMatchObject({
      name: 'RequestSerializationError',
      message: expect.stringContaining('/MessageDetails/ContactID: expected an integer'),
    });
    expect(requests.filter((request) => request.method === 'PUT')).toHaveLength(0);
  });

  it('a static access token is sent as is and no token is requested', async () => {
    const { url, requests } = await twoSmsServer(answerJsonOrXml);
    const client = createTwoSmsClient({ accessToken: 'given-token' }, { baseUrl: url });
    await client.GET('/api/v1/sms/messages/{messageID}', {
      params: { path: { messageID: messageId }, query: { contactId: 'abc' } },
    });
    expect(requests.map((request) => request.url)).toEqual([
      `/api/v1/sms/messages/${messageId}?contactId=abc`,
    ]);
    expect(requests[0]?.headers.authorization).toBe('Bearer given-token');
  });

  it('a host from the spec’s servers sends to https://<host>, tokens from the same host', async () => {
    const urls: string[] = [];
    const client = createTwoSmsClient(credentials, {
      host: 'portal.2sms.us',
      fetch: async (request) => {
        urls.push(request.url);
        return request.url.endsWith('/Token')
          ? Response.json({ access_token: 'a', token_type: 'bearer', expires_in: 60 })
          : Response.json(jsonSample('Error'));
      },
    });
    await client.DELETE('/api/v2/sms/messages/pendings', { body: { All: true } });
    expect(urls).toEqual([
      'https://portal.2sms.us/Token',
      'https://portal.2sms.us/api/v2/sms/messages/pendings',
    ]);
  });

  it('refuses a host the spec does not list, a bad format and a base URL with credentials', () => {
    expect(() => createTwoSmsClient(credentials, { host: 'evil.example' as never })).toThrowError(
      /host: expected one of portal\.2sms\.com, portal\.2sms\.us/,
    );
    expect(() =>
      createTwoSmsClient(credentials, { baseUrl: 'http://127.0.0.1', format: 'yaml' as never }),
    ).toThrowError("format: expected 'json' or 'xml', got yaml");
    expect(() =>
      createTwoSmsClient(credentials, { baseUrl: 'https://user:pw@portal.2sms.com' }),
    ).toThrowError('baseUrl: expected an http(s) URL without user:password');
  });
});
