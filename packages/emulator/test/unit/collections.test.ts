import { describe, expect, it } from 'vitest';
import type { OperationModel } from '../../src/spec-driven/api-model.ts';
import { findCollections } from '../../src/spec-driven/collections.ts';

const op = (method: string, path: string, id = `${method} ${path}`): OperationModel => ({
  id,
  method,
  path,
  parameters: [],
  security: [],
  responses: {},
});

describe('findCollections', () => {
  it.each([
    {
      given: [
        op('POST', '/things'),
        op('GET', '/things'),
        op('GET', '/things/{id}'),
        op('DELETE', '/things/{id}'),
      ],
      want: [
        'create /things {id}',
        'list /things {id}',
        'read /things {id}',
        'delete /things {id}',
      ],
    },
    {
      given: [
        op('POST', '/Accounts/{AccountSid}/Messages.json'),
        op('GET', '/Accounts/{AccountSid}/Messages/{Sid}.json'),
        op('POST', '/Accounts/{AccountSid}/Messages/{Sid}.json'),
      ],
      want: [
        'create /Accounts/{AccountSid}/Messages.json Sid',
        'read /Accounts/{AccountSid}/Messages.json Sid',
        'update /Accounts/{AccountSid}/Messages.json Sid',
      ],
    },
    { given: [op('GET', '/things'), op('GET', '/things/{id}')], want: [] },
    { given: [op('POST', '/things'), op('GET', '/things/{id}/parts')], want: [] },
    {
      // Vendor specs without operationIds: every operation keeps its own role.
      given: [
        op('POST', '/things', ''),
        op('GET', '/things/{id}', ''),
        op('DELETE', '/things/{id}', ''),
      ],
      want: ['create /things {id}', 'read /things {id}', 'delete /things {id}'],
    },
  ])('$given.length operations → $want', ({ given, want }) => {
    const roles = findCollections(given);
    const described = given.flatMap((operation) => {
      const found = roles.get(operation);
      if (!found) return [];
      const { role, collection } = found;
      const id = collection.idParameter === 'id' ? '{id}' : collection.idParameter;
      return [`${role} ${collection.collectionPath} ${id}`];
    });
    expect(described).toEqual(want);
  });
});
