import type { OpenApiDocument } from '@sms-contracts/specs/load-api';
import { CodegenError } from '../errors.ts';
import { deref, isObject, listOperations, type OperationEntry } from '../openapi-walk.ts';
import { requestEncoding } from './request-encoding.ts';
import { securitySchemeTable } from './security-schemes.ts';
import { isXmlMediaType, XmlShapeBuilder } from './xml-shapes.ts';

export interface EmitClientInput {
  readonly specFile: string;
  readonly document: OpenApiDocument;
  /** Where the API's types live, e.g. `@sms-contracts/types/gateway-sms`. */
  readonly typesImport: string;
  /** Where the API's validators live, e.g. `@sms-contracts/validation/gateway-sms`. */
  readonly validationImport: string;
}

/** The tables the client runtime reads, as plain data (the emitted module writes them out). */
export function clientTables(specFile: string, document: OpenApiDocument) {
  const xml = new XmlShapeBuilder(specFile, document);
  const operations = Object.fromEntries(
    listOperations(document).map((entry) => [
      entry.key,
      operationInfo(specFile, document, entry, xml),
    ]),
  );
  const xmlShapes = Object.fromEntries([...xml.table].sort(([a], [b]) => a.localeCompare(b)));
  const servers = (Array.isArray(document.servers) ? document.servers : []).map((server) => ({
    url: serverUrl(server),
    description: typeof server.description === 'string' ? server.description : undefined,
  }));
  return {
    operations,
    xmlShapes,
    servers,
    securitySchemes: securitySchemeTable(specFile, document),
  };
}

/**
 * The client module of one API: its operation table, XML shapes, servers and security schemes,
 * and `createClient` over them.
 */
export function emitClient(input: EmitClientInput): string {
  const { operations, xmlShapes, servers, securitySchemes } = clientTables(
    input.specFile,
    input.document,
  );
  const title = isObject(input.document.info) ? String(input.document.info.title ?? '') : '';
  return [
    "import type { Client } from 'openapi-fetch';",
    "import { type AnyMediaType, type ApiDefinition, createSpecClient, type SpecClientOptions } from './core/spec-client.ts';",
    "import { asValidatorModule } from './core/validation.ts';",
    "import type { OperationTable } from './operation-table.ts';",
    "import type { SecuritySchemeTable } from './security-scheme.ts';",
    "import type { XmlShape } from './xml/xml-shape.ts';",
    `import type { paths } from '${input.typesImport}';`,
    '',
    `export type { components, operations as OperationTypes, paths } from '${input.typesImport}';`,
    "export type { Middleware } from 'openapi-fetch';",
    "export * from './core/errors.ts';",
    '',
    '/** Named XML shapes of the schemas that XML bodies use. */',
    `export const xmlShapes = ${JSON.stringify(xmlShapes)} as const satisfies Readonly<Record<string, XmlShape>>;`,
    '',
    '/** Every operation, keyed by its operationId (or the name codegen gives one without). */',
    `export const operations = ${JSON.stringify(operations)} as const satisfies OperationTable;`,
    '',
    '/** The servers the spec lists, in order (variables at their defaults). */',
    `export const servers = ${JSON.stringify(servers)} as const;`,
    '',
    '/** The security schemes of the spec, by name: `credentials` are keyed by these names. */',
    `export const securitySchemes = ${JSON.stringify(securitySchemes)} as const satisfies SecuritySchemeTable;`,
    '',
    '/** This API as the client runtime reads it. */',
    'export const apiDefinition: ApiDefinition<typeof securitySchemes, typeof servers> = {',
    '  operations, xmlShapes, servers, securitySchemes,',
    `  loadValidators: () => import('${input.validationImport}').then(asValidatorModule),`,
    '};',
    '',
    '/** Options of {@link createClient}. */',
    'export type ClientOptions = SpecClientOptions<typeof securitySchemes, typeof servers>;',
    '',
    `/** The typed openapi-fetch client of ${title || 'this API'}. */`,
    'export type ApiClient = Client<paths, AnyMediaType>;',
    '',
    '/**',
    ` * Creates a client of ${title || 'this API'}: openapi-fetch's API and results, credentials keyed`,
    " * by the spec's security scheme names, a timeout, retries of idempotent operations, typed errors,",
    ' * and bodies in the media types the spec uses.',
    ' */',
    'export function createClient(options: ClientOptions): ApiClient {',
    '  return createSpecClient<paths, typeof securitySchemes, typeof servers>(apiDefinition, options);',
    '}',
    '',
  ].join('\n');
}

/** A server's URL with its variables at their defaults. */
function serverUrl(server: Record<string, unknown>): string {
  const variables = isObject(server.variables) ? server.variables : {};
  return String(server.url).replace(/\{([^{}]+)\}/g, (placeholder, name: string) => {
    const variable = variables[name];
    return isObject(variable) && variable.default !== undefined
      ? String(variable.default)
      : placeholder;
  });
}

function operationInfo(
  specFile: string,
  document: OpenApiDocument,
  entry: OperationEntry,
  xml: XmlShapeBuilder,
) {
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
  const encoding = requestEncoding(
    specFile,
    requestContent,
    `${entry.pointer}/requestBody/content`,
  );
  return {
    operationId: entry.key,
    method: entry.method.toUpperCase(),
    path: entry.path,
    security: securitySchemes(document, entry),
    ...(isIdempotent(specFile, entry) ? { idempotent: true } : {}),
    requestMediaTypes: Object.keys(requestContent),
    ...(encoding ? { requestEncoding: encoding } : {}),
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

/** `x-idempotent: true`: the operation may be sent twice (the client retries it like a GET). */
function isIdempotent(specFile: string, entry: OperationEntry): boolean {
  const marked = entry.operation['x-idempotent'];
  if (marked === undefined || typeof marked === 'boolean') return marked === true;
  throw new CodegenError({
    file: specFile,
    pointer: `${entry.pointer}/x-idempotent`,
    expected: 'true or false',
    message: `x-idempotent is ${JSON.stringify(marked)}`,
  });
}
