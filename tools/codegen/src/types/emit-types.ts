import type { OpenApiDocument } from '@sms-contracts/specs/load-api';
import openapiTS, { astToString } from 'openapi-typescript';
import { CodegenError } from '../errors.ts';
import {
  deref,
  identifierPattern,
  isObject,
  listOperations,
  type OperationEntry,
  pascalCase,
  pointerSegment,
} from '../openapi-walk.ts';

export interface EmitTypesInput {
  readonly specFile: string;
  readonly document: OpenApiDocument;
}

/**
 * The types module of one API: openapi-typescript's `paths`, `components` and `operations`,
 * then one named type per component schema and per operation's request body and success response.
 */
export async function emitTypes({ specFile, document }: EmitTypesInput): Promise<string> {
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
  const names = new Map<string, string>();
  const aliases = [...schemaAliases(specFile, document), ...operationAliases(specFile, document)];
  for (const alias of aliases) {
    const previous = names.get(alias.name);
    if (previous) {
      throw new CodegenError({
        file: specFile,
        pointer: alias.pointer,
        expected: 'type names that are unique across schemas and operations',
        message: `the type name "${alias.name}" is also produced by ${previous}`,
      });
    }
    names.set(alias.name, alias.pointer);
  }
  const named = aliases.map((alias) => `${alias.doc}\nexport type ${alias.name} = ${alias.type};`);
  return `${astToString(ast)}\n// Named types, one per schema and per operation body.\n${named.join('\n')}\n`;
}

interface Alias {
  name: string;
  type: string;
  doc: string;
  pointer: string;
}

function schemaAliases(specFile: string, document: OpenApiDocument): Alias[] {
  return Object.keys(document.components?.schemas ?? {}).map((name) => {
    const pointer = `/components/schemas/${pointerSegment(name)}`;
    if (!identifierPattern.test(name)) {
      throw new CodegenError({
        file: specFile,
        pointer,
        expected: 'a schema name that is a TypeScript identifier, e.g. PascalCase',
        message: `"${name}" cannot name a type`,
      });
    }
    return {
      name,
      pointer,
      type: `components['schemas'][${JSON.stringify(name)}]`,
      doc: `/** The \`${name}\` schema. */`,
    };
  });
}

/** The media type a named body type is taken from: JSON first, else the first one listed. */
function preferredMediaType(content: unknown): string | undefined {
  if (!isObject(content)) return undefined;
  const types = Object.keys(content);
  return types.find((type) => type === 'application/json') ?? types[0];
}

function operationAliases(specFile: string, document: OpenApiDocument): Alias[] {
  return listOperations(document).flatMap((entry) => {
    if (!identifierPattern.test(entry.operationId)) {
      throw new CodegenError({
        file: specFile,
        pointer: `${entry.pointer}/operationId`,
        expected: 'an operationId that is a JavaScript identifier, e.g. updateMessage',
        message: `operationId "${entry.operationId}" cannot name types and validators`,
      });
    }
    return [requestBodyAlias(document, entry), successResponseAlias(document, entry)].filter(
      (alias): alias is Alias => alias !== undefined,
    );
  });
}

function requestBodyAlias(document: OpenApiDocument, entry: OperationEntry): Alias | undefined {
  const body = deref(document, entry.operation.requestBody);
  const mediaType = isObject(body) ? preferredMediaType(body.content) : undefined;
  if (!mediaType || !isObject(body)) return undefined;
  const base = `operations[${JSON.stringify(entry.operationId)}]['requestBody']`;
  return {
    name: `${pascalCase(entry.operationId)}RequestBody`,
    pointer: `${entry.pointer}/requestBody`,
    type: `NonNullable<${base}>['content'][${JSON.stringify(mediaType)}]`,
    doc: `/** The ${mediaType} body of \`${entry.method.toUpperCase()} ${entry.path}\`. */`,
  };
}

function successResponseAlias(document: OpenApiDocument, entry: OperationEntry): Alias | undefined {
  const responses = isObject(entry.operation.responses) ? entry.operation.responses : {};
  const status = Object.keys(responses).find((code) => /^2\d\d$/.test(code));
  if (!status) return undefined;
  const response = deref(document, responses[status]);
  const mediaType = isObject(response) ? preferredMediaType(response.content) : undefined;
  if (!mediaType) return undefined;
  return {
    name: `${pascalCase(entry.operationId)}Response`,
    pointer: `${entry.pointer}/responses/${status}`,
    type: `operations[${JSON.stringify(entry.operationId)}]['responses'][${status}]['content'][${JSON.stringify(mediaType)}]`,
    doc: `/** The ${status} ${mediaType} body of \`${entry.method.toUpperCase()} ${entry.path}\`. */`,
  };
}
