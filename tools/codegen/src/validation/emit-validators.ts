// Entry point of the validation target: one module per registry API with a compiled validator
// for every component schema and for every operation's parameters, bodies and responses.
import type { OpenApiDocument } from '@sms-contracts/specs/load-api';
import { isObject, listOperations, pointerSegment } from '../openapi-walk.ts';
import { needsPathsType } from '../operation-type.ts';
import { CheckCompiler } from './check-compiler.ts';
import { type FormatPolicy, numberFormats, stringFormats } from './keywords.ts';
import {
  collectOperations,
  type OperationValidators,
  type ValidatorSlot,
} from './operation-validators.ts';
import { runtimeImports } from './runtime-imports.ts';
import { resolvePointer } from './schema-reader.ts';
import { type SchemaDocument, SchemaRegistry } from './schema-registry.ts';

export interface EmitValidatorsInput {
  /** The registry name, e.g. `gateway-sms`. */
  readonly apiName: string;
  /** The spec's path, for error messages. */
  readonly specFile: string;
  /** The bundled OpenAPI 3.1 document (internal `#/components/...` references kept). */
  readonly document: OpenApiDocument;
  /** Where the generated types live, e.g. `@sms-contracts/types/gateway-sms`. */
  readonly typesImport: string;
  /**
   * Where the runtime helpers are imported from.
   * @default './runtime/index.ts' (the module sits in packages/validation/src)
   */
  readonly runtimeImport?: string;
  /**
   * Which `format` values are asserted (the others are annotations); the registry entry's
   * `x-sms-contracts.formats`.
   * @default 'default' (date-time, date, time, uuid, int32, int64)
   */
  readonly formats?: FormatPolicy;
  /**
   * JSON Schema documents that `$ref`s outside the spec point to, by their URI: references
   * resolve against these at generation time, never over the network.
   * @default []
   */
  readonly documents?: readonly SchemaDocument[];
}

/** The main document's base URI when the spec is not given one: stable across machines. */
const specBaseUri = (apiName: string) => `https://sms-contracts.invalid/${apiName}/openapi.json`;

/** Refuses a policy that names a format these validators cannot check. */
export function checkFormatPolicy(policy: FormatPolicy | undefined, where: string): void {
  if (!Array.isArray(policy)) return;
  const known = [...Object.keys(stringFormats), ...Object.keys(numberFormats)];
  const unknown = policy.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `${where}: cannot assert format ${unknown.map((name) => JSON.stringify(name)).join(', ')} (expected some of: ${known.join(', ')})`,
    );
  }
}

/**
 * The TypeScript source of `packages/validation/src/<api>.gen.ts`, without the header.
 * Throws a `CodegenError` naming the spec pointer of any schema it cannot compile exactly.
 */
export function emitValidators(input: EmitValidatorsInput): string {
  const { document, specFile } = input;
  checkFormatPolicy(input.formats, `${specFile}: formats`);
  const registry = new SchemaRegistry(
    { uri: specBaseUri(input.apiName), content: document, file: specFile, kind: 'openapi' },
    input.documents,
  );
  const compiler = new CheckCompiler(registry, specFile, { formats: input.formats });
  const componentSchemas = isObject(document.components?.schemas)
    ? Object.keys(document.components.schemas)
    : [];
  const componentChecks = componentSchemas.map((name) => ({
    name,
    check: compiler.checkFor(`/components/schemas/${pointerSegment(name)}`, `check${name}`),
  }));
  const componentByPointer = new Map(
    componentSchemas.map((name) => [
      `/components/schemas/${pointerSegment(name)}`,
      `schemas[${JSON.stringify(name)}]`,
    ]),
  );
  // A media type whose schema is a bare $ref to a component reuses that component's validator.
  const reuseComponent = (schemaPointer: string): string | undefined => {
    const schema = resolvePointer(document, schemaPointer);
    if (
      !isObject(schema) ||
      typeof schema.$ref !== 'string' ||
      Object.keys(schema).some(
        (key) => key !== '$ref' && key !== 'description' && key !== 'summary',
      )
    ) {
      return undefined;
    }
    return componentByPointer.get(decodeURIComponent(schema.$ref.slice(1)));
  };
  const entries = listOperations(document);
  const operations = collectOperations(document, entries, compiler, reuseComponent);
  if (componentChecks.length > 0) compiler.helpers.add('createValidator');

  const runtimePath = input.runtimeImport ?? './runtime/index.ts';
  const runtime = JSON.stringify(runtimePath);
  return [
    `import type { components, operations as Operations${needsPathsType(entries) ? ', paths as Paths' : ''} } from ${JSON.stringify(input.typesImport)};`,
    ...runtimeImports([compiler], runtimePath, ['Validator']),
    '',
    `export { formatIssue, type Issue, ValidationError, type Validator } from ${runtime};`,
    '',
    'type Schemas = components["schemas"];',
    '',
    compiler.render(),
    '',
    `/** A validator for every component schema of ${input.apiName}. */`,
    'export interface SchemaValidators {',
    ...componentChecks.map(
      ({ name }) =>
        `readonly ${JSON.stringify(name)}: Validator<Schemas[${JSON.stringify(name)}]>;`,
    ),
    '}',
    '',
    'export const schemas: SchemaValidators = {',
    ...componentChecks.map(
      ({ name, check }) => `${JSON.stringify(name)}: /* @__PURE__ */ createValidator(${check}),`,
    ),
    '};',
    '',
    `/** Validators of every operation of ${input.apiName}: parameters, request bodies and responses. */`,
    'export interface OperationValidators {',
    ...operations.map(operationInterface),
    '}',
    '',
    'export const operations: OperationValidators = {',
    ...operations.map(operationValue),
    '};',
    '',
  ].join('\n');
}

const key = (name: string) => JSON.stringify(name);

function slotTypes(slots: readonly ValidatorSlot[]): string {
  return `{ ${slots.map((slot) => `readonly ${key(slot.key)}: Validator<${slot.type}>;`).join(' ')} }`;
}

function slotValues(slots: readonly ValidatorSlot[]): string {
  return `{ ${slots.map((slot) => `${key(slot.key)}: ${slot.expression},`).join(' ')} }`;
}

function operationInterface(operation: OperationValidators): string {
  return [
    `readonly ${operation.operationId}: {`,
    `readonly parameters: ${slotTypes(operation.parameters)};`,
    operation.requestBody === undefined
      ? ''
      : `readonly requestBody: ${slotTypes(operation.requestBody)};`,
    'readonly responses: {',
    ...operation.responses.map(
      (response) => `readonly ${key(response.status)}: ${slotTypes(response.content)};`,
    ),
    '};',
    '};',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function operationValue(operation: OperationValidators): string {
  return [
    `${operation.operationId}: {`,
    `parameters: ${slotValues(operation.parameters)},`,
    operation.requestBody === undefined ? '' : `requestBody: ${slotValues(operation.requestBody)},`,
    'responses: {',
    ...operation.responses.map(
      (response) => `${key(response.status)}: ${slotValues(response.content)},`,
    ),
    '},',
    '},',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
