import type { OpenApiDocument } from '@sms-contracts/specs/load-api';
import { deref, isObject, listOperations, type OperationEntry } from '../openapi-walk.ts';
import { isXmlMediaType, XmlShapeBuilder } from './xml-shapes.ts';

export interface EmitClientInput {
  readonly specFile: string;
  readonly document: OpenApiDocument;
  /** Where the API's types live, e.g. `@sms-contracts/types/gateway-sms`. */
  readonly typesImport: string;
}

/** The client module of one API: its operation table, XML shapes and servers. */
export function emitClient({ specFile, document, typesImport }: EmitClientInput): string {
  const xml = new XmlShapeBuilder(specFile, document);
  const operations = Object.fromEntries(
    listOperations(document).map((entry) => [
      entry.operationId,
      operationInfo(document, entry, xml),
    ]),
  );
  const shapes = Object.fromEntries([...xml.table].sort(([a], [b]) => a.localeCompare(b)));
  const servers = (Array.isArray(document.servers) ? document.servers : []).map((server) => ({
    url: String(server.url),
    description: typeof server.description === 'string' ? server.description : undefined,
  }));
  return [
    "import type { OperationTable } from './operation-table.ts';",
    "import type { XmlShape } from './xml/xml-shape.ts';",
    '',
    `export type { components, operations as OperationTypes, paths } from '${typesImport}';`,
    '',
    '/** Named XML shapes of the schemas that XML bodies use. */',
    `export const xmlShapes = ${JSON.stringify(shapes)} as const satisfies Readonly<Record<string, XmlShape>>;`,
    '',
    '/** Every operation, keyed by operationId. */',
    `export const operations = ${JSON.stringify(operations)} as const satisfies OperationTable;`,
    '',
    '/** The servers the spec lists, in order. */',
    `export const servers = ${JSON.stringify(servers)} as const;`,
    '',
  ].join('\n');
}

function operationInfo(document: OpenApiDocument, entry: OperationEntry, xml: XmlShapeBuilder) {
  const body = deref(document, entry.operation.requestBody);
  const requestContent = isObject(body) && isObject(body.content) ? body.content : {};
  const responses = isObject(entry.operation.responses) ? entry.operation.responses : {};
  const xmlRequest = xmlBodies(requestContent, `${entry.pointer}/requestBody/content`, xml);
  const responseContent = Object.fromEntries(
    Object.entries(responses).map(([status, response]) => {
      const resolved = deref(document, response);
      return [status, isObject(resolved) && isObject(resolved.content) ? resolved.content : {}];
    }),
  );
  const xmlResponses = Object.fromEntries(
    Object.entries(responseContent)
      .map(
        ([status, content]) =>
          [
            status,
            xmlBodies(content, `${entry.pointer}/responses/${status}/content`, xml),
          ] as const,
      )
      .filter(([, bodies]) => bodies !== undefined),
  );
  return {
    operationId: entry.operationId,
    method: entry.method.toUpperCase(),
    path: entry.path,
    security: securitySchemes(document, entry),
    requestMediaTypes: Object.keys(requestContent),
    responses: Object.fromEntries(
      Object.entries(responseContent).map(([status, content]) => [status, Object.keys(content)]),
    ),
    ...(xmlRequest ? { xmlRequest } : {}),
    ...(Object.keys(xmlResponses).length > 0 ? { xmlResponses } : {}),
  };
}

function xmlBodies(content: Record<string, unknown>, pointer: string, xml: XmlShapeBuilder) {
  const entries = Object.entries(content)
    .filter(([mediaType]) => isXmlMediaType(mediaType))
    .map(([mediaType, media]) => {
      const schema = isObject(media) ? media.schema : undefined;
      const where = `${pointer}/${mediaType.replaceAll('~', '~0').replaceAll('/', '~1')}/schema`;
      return [mediaType, xml.body(schema, where)] as const;
    });
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** Scheme names of the operation's security (or the document's), `[]` when public. */
function securitySchemes(document: OpenApiDocument, entry: OperationEntry): string[] {
  const requirements = entry.operation.security ?? document.security ?? [];
  if (!Array.isArray(requirements)) return [];
  return [
    ...new Set(
      requirements.flatMap((requirement) =>
        isObject(requirement) ? Object.keys(requirement) : [],
      ),
    ),
  ];
}
