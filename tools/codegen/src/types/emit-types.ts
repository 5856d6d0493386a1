import type { OpenApiDocument } from '@sms-contracts/specs/load-api';
import { TypeNameRegistry } from '@sms-contracts/specs/type-names';
import openapiTS, { astToString } from 'openapi-typescript';
import { identifierPattern } from '../identifiers.ts';
import { deref, isObject, listOperations, type OperationEntry } from '../openapi-walk.ts';
import { operationTypeOf } from '../operation-type.ts';

/** The names openapi-typescript's module gives its operation tables. */
const typeModuleNames = { operations: 'operations', paths: 'paths' };

export interface EmitTypesInput {
  readonly specFile: string;
  readonly document: OpenApiDocument;
}

/**
 * The types module of one API: openapi-typescript's `paths`, `components` and `operations`,
 * then one named type per component schema and per operation's request body and success response,
 * named by the rule of `@sms-contracts/specs/type-names` (any spec name becomes a unique
 * identifier; the JSDoc keeps the original).
 */
export async function emitTypes({ document }: EmitTypesInput): Promise<string> {
  // openapi-typescript mutates what it is given; hand it a copy.
  const ast = await openapiTS(structuredClone(document) as never, {
    silent: true,
    alphabetize: false,
    exportType: false,
    // A default is what the server assumes when a field is absent: callers may leave it out.
    defaultNonNullable: false,
    // `type: object` with no properties means "any object", not "an empty one".
    emptyObjectsUnknown: true,
  });
  const names = new TypeNameRegistry();
  const aliases = [...schemaAliases(document, names), ...operationAliases(document, names)];
  const named = aliases.map((alias) => `${alias.doc}\nexport type ${alias.name} = ${alias.type};`);
  return `${astToString(ast)}\n// Named types, one per schema and per operation body.\n${named.join('\n')}\n`;
}

interface Alias {
  name: string;
  type: string;
  doc: string;
}

function schemaAliases(document: OpenApiDocument, names: TypeNameRegistry): Alias[] {
  return Object.keys(document.components?.schemas ?? {}).map((name) => ({
    name: names.claim(name),
    type: `components['schemas'][${JSON.stringify(name)}]`,
    doc: jsdoc(`The \`${name}\` schema.`),
  }));
}

/** The media type a named body type is taken from: JSON first, else the first one listed. */
function preferredMediaType(content: unknown): string | undefined {
  if (!isObject(content)) return undefined;
  const types = Object.keys(content);
  return types.find((type) => type === 'application/json') ?? types[0];
}

/** `updateMessage`, or `get /messages/{id}` for an operation without an operationId. */
function operationBaseName(entry: OperationEntry): string {
  return entry.operationId || `${entry.method} ${entry.path}`;
}

function operationAliases(document: OpenApiDocument, names: TypeNameRegistry): Alias[] {
  return listOperations(document).flatMap((entry) => {
    const base = operationBaseName(entry);
    const body = requestBodyAlias(document, entry);
    const response = successResponseAlias(document, entry);
    return [
      body && { ...body, name: names.claim(`${base} RequestBody`) },
      response && { ...response, name: names.claim(`${base} Response`) },
    ].filter((alias): alias is Alias => Boolean(alias));
  });
}

function requestBodyAlias(
  document: OpenApiDocument,
  entry: OperationEntry,
): Omit<Alias, 'name'> | undefined {
  const body = deref(document, entry.operation.requestBody);
  const mediaType = isObject(body) ? preferredMediaType(body.content) : undefined;
  if (!mediaType || !isObject(body)) return undefined;
  const base = `${operationTypeOf(entry, typeModuleNames)}['requestBody']`;
  return {
    type: `NonNullable<${base}>['content'][${JSON.stringify(mediaType)}]`,
    doc: jsdoc(
      `The ${mediaType} body of \`${entry.method.toUpperCase()} ${entry.path}\`${operationIdNote(entry)}.`,
    ),
  };
}

function successResponseAlias(
  document: OpenApiDocument,
  entry: OperationEntry,
): Omit<Alias, 'name'> | undefined {
  const responses = isObject(entry.operation.responses) ? entry.operation.responses : {};
  const status = Object.keys(responses).find((code) => /^2\d\d$/.test(code));
  if (!status) return undefined;
  const response = deref(document, responses[status]);
  const mediaType = isObject(response) ? preferredMediaType(response.content) : undefined;
  if (!mediaType) return undefined;
  return {
    type: `${operationTypeOf(entry, typeModuleNames)}['responses'][${status}]['content'][${JSON.stringify(mediaType)}]`,
    doc: jsdoc(
      `The ${status} ${mediaType} body of \`${entry.method.toUpperCase()} ${entry.path}\`${operationIdNote(entry)}.`,
    ),
  };
}

/** Names the operationId when the type name could not keep it as it is. */
function operationIdNote(entry: OperationEntry): string {
  const { operationId } = entry;
  return operationId && !identifierPattern.test(operationId)
    ? ` (operationId \`${operationId}\`)`
    : '';
}

// A one-line JSDoc comment. Spec text may hold the two characters that end a comment (the media
// type any/any is spelled with them): they are escaped so the comment does not end early.
function jsdoc(text: string): string {
  return `/** ${text.replaceAll('*/', '*\\/')} */`;
}
