import { describe, expect, it } from 'vitest';
import { operationKeys } from '../src/operation-keys.ts';

const op = (method: string, path: string, operationId = '') => ({ method, path, operationId });

describe('operationKeys: one name per operation for every generator', () => {
  it('keeps an operationId that is a unique identifier as it is', () => {
    expect(operationKeys([op('get', '/messages', 'listMessages')])).toEqual(['listMessages']);
  });

  it('camel-cases an operationId that is not an identifier', () => {
    expect(
      operationKeys([op('post', '/Messages', 'Messages.create'), op('get', '/x', '2fa-check')]),
    ).toEqual(['messagesCreate', '_2faCheck']);
  });

  it('builds a missing operationId from the method and the path', () => {
    expect(operationKeys([op('get', '/blocked-numbers/{id}')])).toEqual(['getBlockedNumbersId']);
  });

  it('gives repeated names suffixes, never taking a name the spec uses as is', () => {
    expect(
      operationKeys([
        op('get', '/a', 'list'),
        op('get', '/b', 'list'),
        op('get', '/c', 'list2'),
        op('post', '/d', 'list-2'),
      ]),
    ).toEqual(['list', 'list3', 'list2', 'list22']);
  });

  it('is deterministic: the same spec always gets the same keys', () => {
    const spec = [op('get', '/a'), op('get', '/a/'), op('put', '/a', 'x.y')];
    expect(operationKeys(spec)).toEqual(operationKeys(spec));
    expect(operationKeys(spec)).toEqual(['getA', 'getA2', 'xY']);
  });
});
