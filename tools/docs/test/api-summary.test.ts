import { describe, expect, it } from 'vitest';
import type { OpenApiDocument } from '../src/api-source.ts';
import { describeSecurityScheme, summarizeApi } from '../src/api-summary.ts';

const spec = (extra: Record<string, unknown>): OpenApiDocument => ({
  openapi: '3.1.0',
  info: { title: 'T', version: '1' },
  paths: {},
  ...extra,
});

describe('describeSecurityScheme', () => {
  const table: Array<{ given: Record<string, unknown>; want: string }> = [
    { given: { type: 'http', scheme: 'bearer' }, want: 'HTTP bearer token' },
    {
      given: { type: 'http', scheme: 'Bearer', bearerFormat: 'JWT' },
      want: 'HTTP bearer token (JWT)',
    },
    { given: { type: 'http', scheme: 'basic' }, want: 'HTTP basic' },
    { given: { type: 'apiKey', in: 'header', name: 'X-Key' }, want: 'API key in header "X-Key"' },
    {
      given: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: '/Token', scopes: {} } } },
      want: 'OAuth 2 client credentials (token URL /Token)',
    },
    {
      given: { type: 'openIdConnect', openIdConnectUrl: 'https://id.example/.well-known' },
      want: 'OpenID Connect (https://id.example/.well-known)',
    },
    { given: { type: 'mutualTLS' }, want: 'Mutual TLS' },
    { given: {}, want: 'odd: unknown scheme type' },
  ];
  it.each(table)('$want', ({ given, want }) => {
    expect(describeSecurityScheme('odd', given)).toBe(want);
  });
});

describe('summarizeApi', () => {
  const table: Array<{ name: string; given: OpenApiDocument; want: Record<string, unknown> }> = [
    {
      name: 'vendor from x-vendor first',
      given: spec({
        info: {
          title: 'T',
          version: '1',
          'x-vendor': 'Acme',
          contact: { url: 'https://a.example' },
        },
      }),
      want: { vendor: 'Acme' },
    },
    {
      name: 'vendor from the contact URL host',
      given: spec({
        info: {
          title: 'T',
          version: '1',
          contact: { name: 'Support', url: 'https://help.acme.example/x' },
        },
      }),
      want: { vendor: 'help.acme.example' },
    },
    {
      name: 'vendor from the first server host when info names none',
      given: spec({
        servers: [{ url: 'https://portal.acme.example' }, { url: 'https://b.example' }],
      }),
      want: { vendor: 'portal.acme.example' },
    },
    {
      name: 'vendor said to be missing rather than guessed',
      given: spec({}),
      want: { vendor: 'not stated in the spec' },
    },
    {
      name: 'blurb is the first paragraph',
      given: spec({
        info: { title: 'T', version: '1', description: 'First.\nStill first.\n\nSecond.' },
      }),
      want: { blurb: 'First.\nStill first.' },
    },
    {
      name: 'templated hosts list their variable values',
      given: spec({
        servers: [
          {
            url: 'https://{region}.x.example',
            variables: { region: { default: 'eu', enum: ['eu', 'us'] } },
          },
          { url: 'https://{env}.y.example', variables: { env: { default: 'prod' } } },
        ],
      }),
      want: {
        hosts: [
          {
            url: 'https://{region}.x.example',
            description: undefined,
            variables: { region: ['eu', 'us'] },
          },
          { url: 'https://{env}.y.example', description: undefined, variables: { env: ['prod'] } },
        ],
      },
    },
    {
      name: 'formats split into request and response media types',
      given: spec({
        paths: {
          '/a': {
            put: {
              requestBody: { content: { 'application/xml': {}, 'application/json': {} } },
              responses: { '200': { content: { 'text/xml': {} } }, '204': { description: 'none' } },
            },
            parameters: [],
          },
        },
      }),
      want: {
        requestFormats: ['application/json', 'application/xml'],
        responseFormats: ['text/xml'],
      },
    },
    {
      name: 'operations in path order, methods upper-cased, path-level keys ignored',
      given: spec({
        paths: {
          '/a': {
            get: { operationId: 'getA' },
            summary: 'path summary',
            post: { summary: 'Post A' },
          },
        },
      }),
      want: {
        operations: [
          { method: 'GET', path: '/a', operationId: 'getA', summary: undefined },
          { method: 'POST', path: '/a', operationId: undefined, summary: 'Post A' },
        ],
      },
    },
  ];
  it.each(table)('$name', ({ given, want }) => {
    expect(summarizeApi('x', given)).toMatchObject(want);
  });
});
