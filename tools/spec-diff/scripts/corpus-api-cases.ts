// Corpus cases above the schema level: paths, operations, parameters, bodies, responses, security,
// servers; and changes that must report nothing.
import {
  type CorpusCase,
  cases,
  idParameter,
  read,
  reading,
  sending,
  sent,
  spec,
} from './corpus-cases.ts';

type Json = Record<string, unknown>;
const add = (corpusCase: CorpusCase) => cases.push(corpusCase);
const created = { '201': { description: 'Created' } };
const okJson = (schema: Json = { type: 'object', properties: { id: { type: 'string' } } }) => ({
  description: 'OK',
  content: { 'application/json': { schema } },
});
const op = (extra: Json = {}) => ({
  operationId: 'listMessages',
  responses: { '200': okJson() },
  ...extra,
});
const listing = (extra: Json = {}, pathExtra: Json = {}, docExtra: Json = {}) =>
  spec({ '/messages': { get: op(extra), ...pathExtra } }, docExtra);
const query = (name: string, extra: Json = {}) => ({
  name,
  in: 'query',
  schema: { type: 'integer' },
  ...extra,
});
const where = (part: string) => `GET /messages ${part}`;

// Paths and operations.
const twoPaths = (extra: Json = {}) =>
  spec({
    '/messages': { get: op() },
    '/messages/{id}': {
      get: {
        operationId: 'getMessage',
        parameters: [idParameter],
        responses: { '200': okJson() },
        ...extra,
      },
    },
  });
add({
  name: 'path-removed',
  base: twoPaths(),
  head: listing(),
  expected: [['api-path-removed-without-deprecation', 'ERR', '/messages/{id}']],
});
add({
  name: 'deprecated-path-removed',
  base: twoPaths({ deprecated: true }),
  head: listing(),
  expected: [['api-path-removed-with-deprecation', 'INFO', '/messages/{id}']],
});
add({
  name: 'path-added',
  base: listing(),
  head: twoPaths(),
  expected: [['endpoint-added', 'INFO', 'GET /messages/{id}']],
});
const getAndDelete = (extra: Json = {}) =>
  spec({
    '/messages': {
      get: op(),
      delete: {
        operationId: 'purgeMessages',
        responses: { '204': { description: 'Gone' } },
        ...extra,
      },
    },
  });
add({
  name: 'operation-removed',
  base: getAndDelete(),
  head: listing(),
  expected: [['api-removed-without-deprecation', 'ERR', 'DELETE /messages']],
});
add({
  name: 'deprecated-operation-removed',
  base: getAndDelete({ deprecated: true }),
  head: listing(),
  expected: [['api-removed-with-deprecation', 'INFO', 'DELETE /messages']],
});
add({
  name: 'operation-added',
  base: listing(),
  head: getAndDelete(),
  expected: [['endpoint-added', 'INFO', 'DELETE /messages']],
});
add({
  name: 'operation-deprecated',
  base: listing(),
  head: listing({ deprecated: true }),
  expected: [['endpoint-deprecated', 'INFO', 'GET /messages']],
});
add({
  name: 'operation-reactivated',
  base: listing({ deprecated: true }),
  head: listing(),
  expected: [['endpoint-reactivated', 'INFO', 'GET /messages']],
});
add({
  name: 'operation-id-changed',
  base: listing(),
  head: listing({ operationId: 'getMessages' }),
  expected: [['api-operation-id-removed', 'WARN', 'GET /messages']],
});
add({
  name: 'operation-id-added',
  base: listing({ operationId: undefined }),
  head: listing(),
  expected: [['api-operation-id-added', 'INFO', 'GET /messages']],
});

// Parameters.
add({
  name: 'required-parameter-added',
  base: listing(),
  head: listing({ parameters: [query('page', { required: true })] }),
  expected: [['new-required-request-parameter', 'ERR', where('query parameter page')]],
});
add({
  name: 'optional-parameter-added',
  base: listing(),
  head: listing({ parameters: [query('page')] }),
  expected: [['new-optional-request-parameter', 'INFO', where('query parameter page')]],
});
add({
  name: 'header-parameter-added',
  base: listing(),
  head: listing({
    parameters: [
      { name: 'X-Request-Id', in: 'header', required: true, schema: { type: 'string' } },
    ],
  }),
  expected: [['new-required-request-parameter', 'ERR', where('header parameter X-Request-Id')]],
});
add({
  name: 'parameter-removed',
  base: listing({ parameters: [query('page')] }),
  head: listing(),
  expected: [['request-parameter-removed', 'WARN', where('query parameter page')]],
});
add({
  name: 'deprecated-parameter-removed',
  base: listing({ parameters: [query('page', { deprecated: true })] }),
  head: listing(),
  expected: [['request-parameter-removed-with-deprecation', 'INFO', where('query parameter page')]],
});
add({
  name: 'parameter-became-required',
  base: listing({ parameters: [query('page')] }),
  head: listing({ parameters: [query('page', { required: true })] }),
  expected: [['request-parameter-became-required', 'ERR', where('query parameter page')]],
});
add({
  name: 'parameter-became-optional',
  base: listing({ parameters: [query('page', { required: true })] }),
  head: listing({ parameters: [query('page')] }),
  expected: [['request-parameter-became-optional', 'INFO', where('query parameter page')]],
});
add({
  name: 'parameter-deprecated',
  base: listing({ parameters: [query('page')] }),
  head: listing({ parameters: [query('page', { deprecated: true })] }),
  expected: [['request-parameter-deprecated', 'INFO', where('query parameter page')]],
});
add({
  name: 'parameter-reactivated',
  base: listing({ parameters: [query('page', { deprecated: true })] }),
  head: listing({ parameters: [query('page')] }),
  expected: [['request-parameter-reactivated', 'INFO', where('query parameter page')]],
});
add({
  name: 'parameter-default-changed',
  base: listing({ parameters: [query('limit', { schema: { type: 'integer', default: 20 } })] }),
  head: listing({ parameters: [query('limit', { schema: { type: 'integer', default: 50 } })] }),
  expected: [['request-parameter-default-value-changed', 'INFO', where('query parameter limit')]],
});
add({
  name: 'parameter-max-decreased',
  base: listing({ parameters: [query('limit', { schema: { type: 'integer', maximum: 100 } })] }),
  head: listing({ parameters: [query('limit', { schema: { type: 'integer', maximum: 50 } })] }),
  expected: [['request-parameter-max-decreased', 'ERR', where('query parameter limit')]],
});
add({
  name: 'parameter-max-increased',
  base: listing({ parameters: [query('limit', { schema: { type: 'integer', maximum: 50 } })] }),
  head: listing({ parameters: [query('limit', { schema: { type: 'integer', maximum: 100 } })] }),
  expected: [['request-parameter-max-increased', 'INFO', where('query parameter limit')]],
});
add({
  name: 'parameter-enum-value-removed',
  base: listing({
    parameters: [
      query('status', { schema: { type: 'string', enum: ['sent', 'failed', 'queued'] } }),
    ],
  }),
  head: listing({
    parameters: [query('status', { schema: { type: 'string', enum: ['sent', 'failed'] } })],
  }),
  expected: [['request-parameter-enum-value-removed', 'ERR', where('query parameter status')]],
});
add({
  name: 'parameter-type-changed',
  base: listing({
    parameters: [query('since', { schema: { type: 'string', format: 'date-time' } })],
  }),
  head: listing({ parameters: [query('since')] }),
  expected: [['request-parameter-type-changed', 'ERR', where('query parameter since')]],
});
add({
  name: 'path-level-parameter-inherited',
  base: listing({}, { parameters: [query('page')] }),
  head: listing({}, { parameters: [query('page', { required: true })] }),
  expected: [['request-parameter-became-required', 'ERR', where('query parameter page')]],
});
const byId = (name: string, pathName = name) =>
  spec({
    [`/messages/{${pathName}}`]: {
      get: {
        operationId: 'getMessage',
        parameters: [{ ...idParameter, name }],
        responses: { '200': okJson() },
      },
    },
  });
add({
  name: 'path-parameter-renamed',
  base: byId('id'),
  head: byId('messageId'),
  expected: [
    ['request-path-parameter-renamed', 'WARN', 'GET /messages/{messageId} path parameter id'],
  ],
});

// Request bodies.
const body = { type: 'object', properties: { text: { type: 'string' } } };
const posting = (requestBody?: Json) =>
  spec({
    '/messages': {
      post: {
        operationId: 'sendMessage',
        ...(requestBody ? { requestBody } : {}),
        responses: created,
      },
    },
  });
const content = (...types: string[]) =>
  Object.fromEntries(types.map((type) => [type, { schema: body }]));
add({
  name: 'required-request-body-added',
  base: posting(),
  head: posting({ required: true, content: content('application/json') }),
  expected: [['request-body-added-required', 'ERR', 'POST /messages request body']],
});
add({
  name: 'optional-request-body-added',
  base: posting(),
  head: posting({ content: content('application/json') }),
  expected: [['request-body-added-optional', 'INFO', 'POST /messages request body']],
});
add({
  name: 'request-body-removed',
  base: posting({ content: content('application/json') }),
  head: posting(),
  expected: [['request-body-removed', 'ERR', 'POST /messages request body']],
});
add({
  name: 'request-body-became-required',
  base: posting({ content: content('application/json') }),
  head: posting({ required: true, content: content('application/json') }),
  expected: [['request-body-became-required', 'ERR', 'POST /messages request body']],
});
add({
  name: 'request-body-became-optional',
  base: posting({ required: true, content: content('application/json') }),
  head: posting({ content: content('application/json') }),
  expected: [['request-body-became-optional', 'INFO', 'POST /messages request body']],
});
add({
  name: 'request-media-type-removed',
  base: posting({ content: content('application/json', 'application/xml') }),
  head: posting({ content: content('application/json') }),
  expected: [
    ['request-body-media-type-removed', 'ERR', 'POST /messages request body application/xml'],
  ],
});
add({
  name: 'request-media-type-added',
  base: posting({ content: content('application/json') }),
  head: posting({ content: content('application/json', 'application/xml') }),
  expected: [
    ['request-body-media-type-added', 'INFO', 'POST /messages request body application/xml'],
  ],
});

// Responses.
const responding = (responses: Json) =>
  spec({ '/messages': { get: { operationId: 'listMessages', responses } } });
const problem = {
  description: 'Bad request',
  content: {
    'application/json': { schema: { type: 'object', properties: { title: { type: 'string' } } } },
  },
};
add({
  name: 'success-status-removed',
  base: responding({ '200': okJson(), '202': { description: 'Accepted' } }),
  head: responding({ '200': okJson() }),
  expected: [['response-success-status-removed', 'ERR', where('response 202')]],
});
add({
  name: 'success-status-added',
  base: responding({ '200': okJson() }),
  head: responding({ '200': okJson(), '202': { description: 'Accepted' } }),
  expected: [['response-success-status-added', 'INFO', where('response 202')]],
});
add({
  name: 'error-status-removed',
  base: responding({ '200': okJson(), '400': problem }),
  head: responding({ '200': okJson() }),
  expected: [['response-non-success-status-removed', 'INFO', where('response 400')]],
});
add({
  name: 'error-status-added',
  base: responding({ '200': okJson() }),
  head: responding({ '200': okJson(), '400': problem }),
  expected: [['response-non-success-status-added', 'INFO', where('response 400')]],
});
const twoMedia = {
  description: 'OK',
  content: { 'application/json': { schema: body }, 'application/xml': { schema: body } },
};
add({
  name: 'response-media-type-removed',
  base: responding({ '200': twoMedia }),
  head: responding({ '200': okJson(body) }),
  expected: [['response-media-type-removed', 'ERR', where('response 200 application/xml')]],
});
add({
  name: 'response-media-type-added',
  base: responding({ '200': okJson(body) }),
  head: responding({ '200': twoMedia }),
  expected: [['response-media-type-added', 'INFO', where('response 200 application/xml')]],
});
const withHeader = (header?: Json) =>
  responding({
    '200': { ...okJson(), ...(header ? { headers: { 'X-Rate-Limit': header } } : {}) },
  });
const rate = (extra: Json = {}) => ({ schema: { type: 'integer' }, ...extra });
add({
  name: 'required-response-header-removed',
  base: withHeader(rate({ required: true })),
  head: withHeader(),
  expected: [
    ['required-response-header-removed', 'ERR', where('response 200 header X-Rate-Limit')],
  ],
});
add({
  name: 'optional-response-header-removed',
  base: withHeader(rate()),
  head: withHeader(),
  expected: [
    ['optional-response-header-removed', 'WARN', where('response 200 header X-Rate-Limit')],
  ],
});
add({
  name: 'response-header-added',
  base: withHeader(),
  head: withHeader(rate()),
  expected: [['response-header-added', 'INFO', where('response 200 header X-Rate-Limit')]],
});
add({
  name: 'response-header-became-optional',
  base: withHeader(rate({ required: true })),
  head: withHeader(rate()),
  expected: [['response-header-became-optional', 'ERR', where('response 200 header X-Rate-Limit')]],
});
add({
  name: 'response-header-type-changed',
  base: withHeader(rate()),
  head: withHeader({ schema: { type: 'string' } }),
  expected: [['response-header-type-changed', 'ERR', where('response 200 header X-Rate-Limit')]],
});
add({
  name: 'response-header-max-increased',
  base: withHeader({ schema: { type: 'integer', maximum: 100 } }),
  head: withHeader({ schema: { type: 'integer', maximum: 1000 } }),
  expected: [['response-header-max-increased', 'ERR', where('response 200 header X-Rate-Limit')]],
});

// Security.
const bearer = { bearerAuth: { type: 'http', scheme: 'bearer' } };
const oauth = (extra: Json = {}) => ({
  oauth: {
    type: 'oauth2',
    flows: {
      clientCredentials: {
        tokenUrl: 'https://auth.example.com/Token',
        scopes: { 'sms:send': 'send', 'sms:read': 'read' },
      },
    },
    ...extra,
  },
});
const secured = (security: unknown, global?: unknown, schemes: Json = { ...bearer, ...oauth() }) =>
  spec(
    { '/messages': { get: { ...op(), ...(security !== undefined ? { security } : {}) } } },
    {
      ...(global !== undefined ? { security: global } : {}),
      components: { securitySchemes: schemes },
    },
  );
add({
  name: 'security-alternative-removed',
  base: secured([{ bearerAuth: [] }, { oauth: ['sms:read'] }]),
  head: secured([{ oauth: ['sms:read'] }]),
  expected: [['api-security-removed', 'ERR', where('security')]],
});
add({
  name: 'security-alternative-added',
  base: secured([{ oauth: ['sms:read'] }]),
  head: secured([{ bearerAuth: [] }, { oauth: ['sms:read'] }]),
  expected: [['api-security-added', 'INFO', where('security')]],
});
add({
  name: 'security-scope-added',
  base: secured([{ oauth: ['sms:read'] }]),
  head: secured([{ oauth: ['sms:read', 'sms:send'] }]),
  expected: [['api-security-scope-added', 'ERR', where('security')]],
});
add({
  name: 'security-scope-removed',
  base: secured([{ oauth: ['sms:read', 'sms:send'] }]),
  head: secured([{ oauth: ['sms:read'] }]),
  expected: [['api-security-scope-removed', 'INFO', where('security')]],
});
add({
  name: 'security-anonymous-access-removed',
  base: secured([]),
  head: secured([{ bearerAuth: [] }]),
  expected: [['api-security-anonymous-access-removed', 'ERR', where('security')]],
});
add({
  name: 'security-anonymous-access-added',
  base: secured([{ bearerAuth: [] }]),
  head: secured([{ bearerAuth: [] }, {}]),
  expected: [['api-security-anonymous-access-added', 'INFO', where('security')]],
});
add({
  name: 'global-security-alternative-removed',
  base: secured(undefined, [{ bearerAuth: [] }, { oauth: [] }]),
  head: secured(undefined, [{ oauth: [] }]),
  expected: [['api-global-security-removed', 'ERR', 'security']],
});
add({
  name: 'global-security-alternative-added',
  base: secured(undefined, [{ oauth: [] }]),
  head: secured(undefined, [{ bearerAuth: [] }, { oauth: [] }]),
  expected: [['api-global-security-added', 'INFO', 'security']],
});
add({
  name: 'global-security-scope-added',
  base: secured(undefined, [{ oauth: [] }]),
  head: secured(undefined, [{ oauth: ['sms:send'] }]),
  expected: [['api-global-security-scope-added', 'ERR', 'security']],
});
add({
  name: 'global-security-scope-removed',
  base: secured(undefined, [{ oauth: ['sms:send'] }]),
  head: secured(undefined, [{ oauth: [] }]),
  expected: [['api-global-security-scope-removed', 'INFO', 'security']],
});
add({
  name: 'global-security-added-to-open-api',
  base: secured(undefined),
  head: secured(undefined, [{ bearerAuth: [] }]),
  expected: [['api-global-security-anonymous-access-removed', 'ERR', 'security']],
});
add({
  name: 'global-security-dropped',
  base: secured(undefined, [{ bearerAuth: [] }]),
  head: secured(undefined),
  expected: [['api-global-security-anonymous-access-added', 'INFO', 'security']],
});
add({
  name: 'operation-overrides-global-security',
  base: secured(undefined, [{ bearerAuth: [] }]),
  head: secured([], [{ bearerAuth: [] }]),
  expected: [['api-security-anonymous-access-added', 'INFO', where('security')]],
});
add({
  name: 'security-scheme-token-url-changed',
  base: secured([{ oauth: [] }]),
  head: secured([{ oauth: [] }], undefined, {
    ...bearer,
    oauth: {
      type: 'oauth2',
      flows: {
        clientCredentials: {
          tokenUrl: 'https://auth.example.com/oauth/token',
          scopes: { 'sms:send': 'send', 'sms:read': 'read' },
        },
      },
    },
  }),
  expected: [['api-security-component-changed', 'ERR', 'security scheme oauth']],
});

// Servers.
const servers = (...urls: string[]) => ({ servers: urls.map((url) => ({ url })) });
add({
  name: 'server-removed',
  base: listing({}, {}, servers('https://ws.example.com', 'https://test.ws.example.com')),
  head: listing({}, {}, servers('https://ws.example.com')),
  expected: [['api-server-removed', 'WARN', 'server https://test.ws.example.com']],
});
add({
  name: 'server-added',
  base: listing({}, {}, servers('https://ws.example.com')),
  head: listing({}, {}, servers('https://ws.example.com', 'https://test.ws.example.com')),
  expected: [['api-server-added', 'INFO', 'server https://test.ws.example.com']],
});
add({
  name: 'operation-server-override',
  base: listing({}, {}, servers('https://ws.example.com')),
  head: listing(
    { ...servers('https://upload.example.com') },
    {},
    servers('https://ws.example.com'),
  ),
  expected: [
    ['api-server-added', 'INFO', 'GET /messages server https://upload.example.com'],
    ['api-server-removed', 'WARN', 'GET /messages server https://ws.example.com'],
  ],
});

// Changes that must report nothing.
const message = {
  type: 'object',
  required: ['text'],
  properties: {
    text: { type: 'string', maxLength: 160 },
    to: { type: 'string', pattern: '^\\+[0-9]+$' },
  },
};
add({ name: 'no-change', base: sending(message), head: sending(message), expected: [] });
add({
  name: 'cosmetic-descriptions-and-examples',
  base: sending(message),
  head: sending({
    ...message,
    description: 'An SMS.',
    example: { text: 'hi' },
    properties: {
      text: { ...message.properties.text, description: 'Body, GSM-7.', examples: ['hello'] },
      to: { ...message.properties.to, title: 'Recipient' },
    },
  }),
  expected: [],
});
add({
  name: 'cosmetic-key-order',
  base: sending(message),
  head: sending({
    properties: {
      to: { pattern: '^\\+[0-9]+$', type: 'string' },
      text: { maxLength: 160, type: 'string' },
    },
    required: ['text'],
    type: 'object',
  }),
  expected: [],
});
add({
  name: 'cosmetic-ref-instead-of-inline',
  base: sending(message),
  head: sending({ $ref: '#/components/schemas/Message' }, 'application/json', {
    components: { schemas: { Message: message } },
  }),
  expected: [],
});
add({
  name: 'cosmetic-allof-composition',
  base: sending(message),
  head: sending(
    {
      allOf: [
        { $ref: '#/components/schemas/Text' },
        { type: 'object', properties: { to: message.properties.to } },
      ],
    },
    'application/json',
    {
      components: {
        schemas: {
          Text: {
            type: 'object',
            required: ['text'],
            properties: { text: message.properties.text },
          },
        },
      },
    },
  ),
  expected: [],
});
add({
  name: 'cosmetic-nullable-spelling',
  base: reading({ type: 'object', properties: { a: { type: ['string', 'null'] } } }),
  head: reading({
    type: 'object',
    properties: { a: { oneOf: [{ type: 'string' }, { type: 'null' }] } },
  }),
  expected: [],
});
add({
  name: 'cosmetic-const-as-enum',
  base: reading({ type: 'object', properties: { kind: { type: 'string', const: 'sms' } } }),
  head: reading({ type: 'object', properties: { kind: { type: 'string', enum: ['sms'] } } }),
  expected: [],
});
add({
  name: 'cosmetic-oas30-nullable',
  base: {
    ...reading({ type: 'object', properties: { a: { type: 'string', nullable: true } } }),
    openapi: '3.0.3',
  },
  head: reading({ type: 'object', properties: { a: { type: ['string', 'null'] } } }),
  expected: [],
});
add({
  name: 'cosmetic-tags-summary-and-info',
  base: listing({ tags: ['Messages'], summary: 'List' }),
  head: {
    ...listing({ tags: ['SMS'], summary: 'List the messages', description: 'Paged.' }),
    info: { title: 'Renamed', version: '2.0.0', description: 'New text' },
  },
  expected: [],
});
add({
  name: 'cosmetic-header-name-case',
  base: withHeader(rate()),
  head: responding({ '200': { ...okJson(), headers: { 'x-rate-limit': rate() } } }),
  expected: [],
});
const tree = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
  },
};
add({
  name: 'recursive-schema-unchanged',
  base: reading({ $ref: '#/components/schemas/Node' }, 'application/json', {
    components: { schemas: { Node: tree } },
  }),
  head: reading({ $ref: '#/components/schemas/Node' }, 'application/json', {
    components: { schemas: { Node: tree } },
  }),
  expected: [],
});
add({
  name: 'recursive-schema-changed-once',
  base: reading({ $ref: '#/components/schemas/Node' }, 'application/json', {
    components: { schemas: { Node: tree } },
  }),
  head: reading({ $ref: '#/components/schemas/Node' }, 'application/json', {
    components: {
      schemas: {
        Node: {
          ...tree,
          required: ['name'],
          properties: { ...tree.properties, name: { type: 'string', maxLength: 50 } },
        },
      },
    },
  }),
  expected: [
    ['response-property-became-required', 'INFO', read('name')],
    ['response-property-max-length-set', 'INFO', read('name')],
  ],
});
add({
  name: 'shared-component-reported-per-operation',
  base: spec(
    {
      '/a': {
        post: {
          requestBody: {
            content: { 'application/json': { schema: { $ref: '#/components/schemas/M' } } },
          },
          responses: created,
        },
      },
      '/b': {
        post: {
          requestBody: {
            content: { 'application/json': { schema: { $ref: '#/components/schemas/M' } } },
          },
          responses: created,
        },
      },
    },
    { components: { schemas: { M: { type: 'object', properties: { a: { type: 'string' } } } } } },
  ),
  head: spec(
    {
      '/a': {
        post: {
          requestBody: {
            content: { 'application/json': { schema: { $ref: '#/components/schemas/M' } } },
          },
          responses: created,
        },
      },
      '/b': {
        post: {
          requestBody: {
            content: { 'application/json': { schema: { $ref: '#/components/schemas/M' } } },
          },
          responses: created,
        },
      },
    },
    { components: { schemas: { M: { type: 'object', properties: { a: { type: 'integer' } } } } } },
  ),
  expected: [
    ['request-property-type-changed', 'ERR', 'POST /a request body application/json: a'],
    ['request-property-type-changed', 'ERR', 'POST /b request body application/json: a'],
  ],
});
void sent;
