// Every XML example in the specs decodes through the spec-driven codec into a value that the
// operation's validator accepts, and encodes back to the same data. Redocly cannot check XML
// examples (Redocly/redocly-cli#1276), so this test is what keeps them honest.
import { loadBundledApi } from '@sms-contracts/specs/load-api';
import { listApis } from '@sms-contracts/specs/registry';
import { describe, expect, it } from 'vitest';
import type { OperationTable } from '../src/operation-table.ts';
import { decodeXml, encodeXml, type XmlShapes } from '../src/xml/index.ts';
import type { XmlBody } from '../src/xml/xml-shape.ts';

interface Validator {
  '~standard': { validate(value: unknown): { issues?: readonly { message: string }[] } };
}
type ValidatorTable = Record<
  string,
  {
    requestBody?: Record<string, Validator>;
    responses?: Record<string, Record<string, Validator>>;
  }
>;

interface XmlExample {
  name: string;
  xml: string;
  body: XmlBody;
  validator: Validator | undefined;
}

type Node = Record<string, unknown>;
const child = (node: unknown, key: string): Node =>
  ((node as Node | undefined)?.[key] ?? {}) as Node;

function examplesOf(media: Node): [string, string][] {
  const named = Object.entries(child(media, 'examples')).map(
    ([name, example]) => [name, (example as Node).value] as [string, unknown],
  );
  const single: [string, unknown][] = 'example' in media ? [['example', media.example]] : [];
  return [...single, ...named].filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
}

async function xmlExamples(api: string): Promise<XmlExample[]> {
  const generated = (await import(`../src/${api}.gen.ts`)) as {
    operations: OperationTable;
    xmlShapes: XmlShapes;
  };
  const validation = (await import(`@sms-contracts/validation/${api}`)) as {
    operations: ValidatorTable;
  };
  const document = await loadBundledApi(api);
  const found: XmlExample[] = [];
  for (const op of Object.values(generated.operations)) {
    const operation = child(child(document.paths, op.path), op.method.toLowerCase());
    for (const [mediaType, body] of Object.entries(op.xmlRequest ?? {})) {
      const media = child(child(child(operation, 'requestBody'), 'content'), mediaType);
      for (const [name, xml] of examplesOf(media)) {
        const validator = validation.operations[op.operationId]?.requestBody?.[mediaType];
        found.push({
          name: `${op.operationId} request ${mediaType} ${name}`,
          xml,
          body,
          validator,
        });
      }
    }
    for (const [status, bodies] of Object.entries(op.xmlResponses ?? {})) {
      for (const [mediaType, body] of Object.entries(bodies)) {
        const media = child(
          child(child(child(operation, 'responses'), status), 'content'),
          mediaType,
        );
        for (const [name, xml] of examplesOf(media)) {
          const validator = validation.operations[op.operationId]?.responses?.[status]?.[mediaType];
          found.push({
            name: `${op.operationId} ${status} ${mediaType} ${name}`,
            xml,
            body,
            validator,
          });
        }
      }
    }
  }
  return found;
}

describe.each(listApis().map((api) => api.name))('%s XML examples', async (api) => {
  const { operations, xmlShapes } = (await import(`../src/${api}.gen.ts`)) as {
    operations: OperationTable;
    xmlShapes: XmlShapes;
  };
  const examples = await xmlExamples(api);
  const hasXmlBodies = Object.values(operations).some((op) => op.xmlRequest || op.xmlResponses);

  it('every API with XML bodies has XML examples', () => {
    expect(examples.length > 0).toBe(hasXmlBodies);
  });

  it.runIf(examples.length > 0).each(examples.map((example) => [example.name, example] as const))(
    '%s decodes to a valid value and round-trips',
    (_name, example) => {
      const value = decodeXml(example.xml, example.body, xmlShapes);
      expect(example.validator, 'a validator for this body').toBeDefined();
      expect(example.validator?.['~standard'].validate(value).issues ?? []).toEqual([]);
      const encoded = encodeXml(value, example.body, xmlShapes);
      expect(decodeXml(encoded, example.body, xmlShapes)).toEqual(value);
    },
  );
});
