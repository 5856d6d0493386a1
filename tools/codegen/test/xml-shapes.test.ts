import { describe, expect, it } from 'vitest';
import { XmlShapeBuilder } from '../src/client/xml-shapes.ts';

const document = {
  openapi: '3.1.0',
  components: {
    schemas: {
      Kind: {
        anyOf: [{ const: 0, title: 'PLAIN' }, { const: 1, title: 'FANCY' }, { type: 'integer' }],
      },
      Node: { type: 'object', properties: { Child: { $ref: '#/components/schemas/Node' } } },
    },
  },
};

describe('XML shapes from schemas', () => {
  it.each([
    { given: { type: 'string' }, want: { kind: 'scalar', type: 'string' } },
    { given: { type: ['integer', 'null'] }, want: { kind: 'scalar', type: 'integer' } },
    { given: {}, want: { kind: 'scalar', type: 'unknown' } },
    {
      given: { type: 'object', properties: { messageId: { type: 'string', xml: { name: 'ID' } } } },
      want: {
        kind: 'object',
        properties: [
          { key: 'messageId', element: 'ID', shape: { kind: 'scalar', type: 'string' } },
        ],
      },
    },
    {
      given: {
        type: 'array',
        xml: { wrapped: true },
        items: { type: 'integer', xml: { name: 'N' } },
      },
      want: {
        kind: 'array',
        wrapped: true,
        itemElement: 'N',
        items: { kind: 'scalar', type: 'integer' },
      },
    },
    {
      given: { type: 'array', items: { type: 'string' } },
      want: {
        kind: 'array',
        wrapped: false,
        itemElement: undefined,
        items: { kind: 'scalar', type: 'string' },
      },
    },
    {
      given: { type: 'object', additionalProperties: { type: 'integer' } },
      want: { kind: 'map', values: { kind: 'scalar', type: 'integer' } },
    },
    { given: { $ref: '#/components/schemas/Kind' }, want: { kind: 'ref', name: 'Kind' } },
  ])('$given → $want.kind', ({ given, want }) => {
    expect(new XmlShapeBuilder('spec.yaml', document).shape(given, '/x')).toEqual(want);
  });

  it('names enum members from titled consts, leaving the enum open', () => {
    const builder = new XmlShapeBuilder('spec.yaml', document);
    builder.shape({ $ref: '#/components/schemas/Kind' }, '/x');
    expect(builder.table.get('Kind')).toEqual({
      kind: 'scalar',
      type: 'integer',
      names: { PLAIN: 0, FANCY: 1 },
    });
  });

  it('keeps recursive schemas finite through refs', () => {
    const builder = new XmlShapeBuilder('spec.yaml', document);
    builder.shape({ $ref: '#/components/schemas/Node' }, '/x');
    expect(builder.table.get('Node')).toEqual({
      kind: 'object',
      properties: [{ key: 'Child', element: 'Child', shape: { kind: 'ref', name: 'Node' } }],
    });
  });

  it.each([
    {
      given: { oneOf: [{ type: 'string' }, { type: 'object' }] },
      want: /cannot tell these alternatives apart/,
    },
    { given: { type: ['string', 'integer'] }, want: /cannot be told apart in XML text/ },
    { given: { $ref: '#/components/schemas/Nope' }, want: /unresolvable \$ref/ },
  ])('rejects $given with a reason', ({ given, want }) => {
    expect(() => new XmlShapeBuilder('spec.yaml', document).shape(given, '/x')).toThrow(want);
  });
});
