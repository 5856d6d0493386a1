// A small API table in the generated form (see tools/codegen/test/__snapshots__/mini-client.gen.ts),
// so the engine and the XML codec are tested without depending on either real spec.
import type { OperationTable } from '../../src/operation-table.ts';
import type { XmlShape } from '../../src/xml/xml-shape.ts';

export const thingShapes = {
  Kind: { kind: 'scalar', type: 'integer', names: { PLAIN: 0, FANCY: 1 } },
  Result: {
    kind: 'object',
    properties: [
      { key: 'Ok', element: 'Ok', shape: { kind: 'scalar', type: 'boolean' } },
      { key: 'Count', element: 'Count', shape: { kind: 'scalar', type: 'integer' } },
    ],
  },
  Thing: {
    kind: 'object',
    properties: [
      { key: 'thingId', element: 'ID', shape: { kind: 'scalar', type: 'string' } },
      { key: 'Kind', element: 'Kind', shape: { kind: 'ref', name: 'Kind' } },
      {
        key: 'Tags',
        element: 'Tags',
        shape: {
          kind: 'array',
          wrapped: true,
          itemElement: 'Tag',
          items: { kind: 'scalar', type: 'string' },
        },
      },
      {
        key: 'Lines',
        element: 'Lines',
        shape: {
          kind: 'array',
          wrapped: false,
          itemElement: 'Line',
          items: { kind: 'scalar', type: 'string' },
        },
      },
      {
        key: 'Counts',
        element: 'Counts',
        shape: { kind: 'map', values: { kind: 'scalar', type: 'integer' } },
      },
      { key: 'Price', element: 'Price', shape: { kind: 'scalar', type: 'number' } },
      { key: 'Note', element: 'Note', shape: { kind: 'scalar', type: 'string' } },
      { key: 'Child', element: 'Child', shape: { kind: 'ref', name: 'Thing' } },
    ],
  },
} as const satisfies Readonly<Record<string, XmlShape>>;

export const thingOperations = {
  updateThing: {
    operationId: 'updateThing',
    method: 'PUT',
    path: '/things/{id}',
    security: ['bearer'],
    requestMediaTypes: ['application/json', 'application/xml'],
    responses: {
      '200': ['application/json', 'application/xml'],
      '400': ['application/json', 'application/xml'],
    },
    xmlRequest: {
      'application/xml': { root: 'ThingDetails', shape: { kind: 'ref', name: 'Thing' } },
    },
    xmlResponses: {
      '200': { 'application/xml': { root: 'Result', shape: { kind: 'ref', name: 'Result' } } },
      '400': { 'application/xml': { root: 'Result', shape: { kind: 'ref', name: 'Result' } } },
    },
  },
  getThing: {
    operationId: 'getThing',
    method: 'GET',
    path: '/things/{id}',
    security: ['bearer'],
    requestMediaTypes: [],
    responses: { '200': ['application/json', 'application/xml'], '404': ['text/plain'] },
    xmlResponses: {
      '200': { 'application/xml': { root: 'ThingDetails', shape: { kind: 'ref', name: 'Thing' } } },
    },
  },
  createThing: {
    operationId: 'createThing',
    method: 'POST',
    path: '/things',
    security: ['bearer'],
    requestMediaTypes: ['application/json'],
    responses: { '201': ['application/json'] },
  },
  getHealth: {
    operationId: 'getHealth',
    method: 'GET',
    path: '/health',
    security: [],
    requestMediaTypes: [],
    responses: { '200': ['application/json'] },
  },
  requestToken: {
    operationId: 'requestToken',
    method: 'POST',
    path: '/Token',
    security: [],
    requestMediaTypes: ['application/x-www-form-urlencoded'],
    responses: { '200': ['application/json'] },
  },
} as const satisfies OperationTable;

/** Types of the things API, in the form openapi-typescript emits (enough for the engine). */
export interface ThingPaths {
  '/things/{id}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: { verbose?: boolean };
        header?: never;
        path: { id: string };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: { headers: { [name: string]: unknown }; content: { 'application/json': Thing } };
        404: { headers: { [name: string]: unknown }; content: { 'text/plain': string } };
      };
    };
    put: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody: { content: { 'application/json': Thing } };
      responses: {
        200: { headers: { [name: string]: unknown }; content: { 'application/json': Result } };
        400: { headers: { [name: string]: unknown }; content: { 'application/json': Result } };
      };
    };
  };
  '/things': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { 'application/json': Thing } };
      responses: {
        201: { headers: { [name: string]: unknown }; content: { 'application/json': Thing } };
      };
    };
  };
  '/health': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: { 'application/json': { ok: boolean } };
        };
      };
    };
  };
}

export interface Thing {
  thingId: string;
  Kind: number;
  Tags?: string[];
  Lines?: string[];
  Counts?: Record<string, number>;
  Price?: number;
  Note?: string | null;
  Child?: Thing;
}

export interface Result {
  Ok?: boolean;
  Count?: number;
}
