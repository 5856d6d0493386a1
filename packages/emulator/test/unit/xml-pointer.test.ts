import { describe, expect, it } from 'vitest';
import { xmlPointer } from '../../src/twosms/xml-pointer.ts';
import { operationTable, shapes } from '../../src/twosms/xml-tables.ts';

const body = (operationId: string) => {
  const xml = operationTable[operationId]?.xmlRequest?.['application/xml'];
  if (!xml) throw new Error(`${operationId} has no XML body`);
  return xml;
};

describe('xmlPointer', () => {
  it.each([
    { operationId: 'updateMessage', path: ['messageId'], want: '/body/MessageDetails/ID' },
    { operationId: 'updateMessage', path: ['NoOfReads'], want: '/body/MessageDetails/NoOfReads' },
    { operationId: 'updateMessage', path: [], want: '/body/MessageDetails' },
    {
      operationId: 'updateMessage',
      path: ['Unknown', 'x'],
      want: '/body/MessageDetails/Unknown/x',
    },
  ])('$operationId $path → $want', ({ operationId, path, want }) => {
    expect(xmlPointer(path, body(operationId), shapes)).toBe(want);
  });

  it('names array items by their element, 0-based, as the XML codec does', () => {
    expect(xmlPointer(['MessageIDs', 1], body('cancelPendingMessages'), shapes)).toBe(
      '/body/DeletePendingRecurringMessagesRequest/MessageIDs/string[1]',
    );
  });
});
