import type { OpenApiDocument } from '@sms-contracts/specs/load-api';
import { describe, expect, it } from 'vitest';
import { clientTables } from '../src/client/emit-client.ts';

const specFile = 'specs/x/openapi.yaml';
const withSchemes = (securitySchemes: Record<string, unknown>): OpenApiDocument => ({
  openapi: '3.1.0',
  info: { title: 'X', version: '1' },
  paths: {},
  components: { securitySchemes },
});
const withOperation = (operation: Record<string, unknown>): OpenApiDocument => ({
  openapi: '3.1.0',
  info: { title: 'X', version: '1' },
  paths: { '/things': { post: { operationId: 'createThing', responses: {}, ...operation } } },
});

describe('security schemes', () => {
  it.each([
    { given: { type: 'http', scheme: 'Bearer' }, want: { type: 'http', scheme: 'bearer' } },
    { given: { type: 'http', scheme: 'basic' }, want: { type: 'http', scheme: 'basic' } },
    {
      given: { type: 'apiKey', in: 'cookie', name: 'session' },
      want: { type: 'apiKey', in: 'cookie', name: 'session' },
    },
    {
      given: {
        type: 'oauth2',
        flows: { clientCredentials: { tokenUrl: 'https://auth.x/token', scopes: {} } },
      },
      want: { type: 'oauth2', tokenUrl: 'https://auth.x/token' },
    },
    {
      given: { type: 'oauth2', flows: { authorizationCode: { tokenUrl: '/t', scopes: {} } } },
      want: { type: 'oauth2' },
    },
    {
      given: { type: 'openIdConnect', openIdConnectUrl: 'https://x' },
      want: { type: 'openIdConnect' },
    },
    { given: { type: 'mutualTLS' }, want: { type: 'mutualTLS' } },
  ])('$given.type $given.scheme: $want', ({ given, want }) => {
    expect(clientTables(specFile, withSchemes({ s: given })).securitySchemes).toEqual({ s: want });
  });

  it.each([
    {
      given: { type: 'apiKey', in: 'body', name: 'k' },
      want: 'specs/x/openapi.yaml#/components/securitySchemes/s/in: in is "body" (expected header, query or cookie)',
    },
    {
      given: { type: 'apiKey', in: 'header' },
      want: '#/components/securitySchemes/s/name: missing (expected the header, query parameter or cookie name)',
    },
    {
      given: { type: 'oauth2', flows: { clientCredentials: { scopes: {} } } },
      want: '#/components/securitySchemes/s/flows/clientCredentials/tokenUrl: missing (expected the token URL)',
    },
    {
      given: { type: 'magic' },
      want: '#/components/securitySchemes/s/type: type is "magic" (expected http, apiKey, oauth2, openIdConnect or mutualTLS)',
    },
  ])('refuses $given with file and pointer', ({ given, want }) => {
    expect(() => clientTables(specFile, withSchemes({ s: given }))).toThrowError(want);
  });
});

describe('operations', () => {
  it('x-idempotent: true marks the operation; false or absent does not', () => {
    const marked = clientTables(specFile, withOperation({ 'x-idempotent': true }));
    expect(marked.operations.createThing).toMatchObject({ idempotent: true });
    for (const operation of [{ 'x-idempotent': false }, {}]) {
      const tables = clientTables(specFile, withOperation(operation));
      expect(tables.operations.createThing).not.toHaveProperty('idempotent');
    }
  });

  it('refuses an x-idempotent that is not a boolean', () => {
    expect(() => clientTables(specFile, withOperation({ 'x-idempotent': 'yes' }))).toThrowError(
      '#/paths/~1things/post/x-idempotent: x-idempotent is "yes" (expected true or false)',
    );
  });

  it('keeps the encoding of form and multipart bodies, per media type and property', () => {
    const tables = clientTables(
      specFile,
      withOperation({
        requestBody: {
          content: {
            'application/x-www-form-urlencoded': {
              schema: { type: 'object' },
              encoding: { To: { style: 'form', explode: false }, Tags: {} },
            },
            'multipart/form-data': {
              schema: { type: 'object' },
              encoding: { meta: { contentType: 'application/json', headers: {} } },
            },
            'application/json': { schema: { type: 'object' } },
          },
        },
      }),
    );
    expect(tables.operations.createThing).toMatchObject({
      requestMediaTypes: [
        'application/x-www-form-urlencoded',
        'multipart/form-data',
        'application/json',
      ],
      requestEncoding: {
        'application/x-www-form-urlencoded': { To: { style: 'form', explode: false } },
        'multipart/form-data': { meta: { contentType: 'application/json' } },
      },
    });
  });

  it('refuses an encoding style the client cannot write', () => {
    const document = withOperation({
      requestBody: {
        content: {
          'application/x-www-form-urlencoded': { encoding: { To: { style: 'matrix' } } },
        },
      },
    });
    expect(() => clientTables(specFile, document)).toThrowError(
      '#/paths/~1things/post/requestBody/content/application~1x-www-form-urlencoded/encoding/To/style: style is "matrix" (expected form, spaceDelimited, pipeDelimited or deepObject)',
    );
  });

  it('fills server variables with their defaults', () => {
    const document = {
      ...withOperation({}),
      servers: [
        {
          url: 'https://{region}.api.x/{version}',
          variables: { region: { default: 'eu' }, version: { default: 'v2' } },
        },
      ],
    };
    expect(clientTables(specFile, document).servers).toEqual([
      { url: 'https://eu.api.x/v2', description: undefined },
    ]);
  });
});
