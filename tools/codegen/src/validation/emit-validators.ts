// Entry point of the validation target: one module per registry API with a compiled validator
// for every component schema and for every operation's parameters, bodies and responses.
import type { OpenApiDocument } from '@sms-contracts/specs/load-api';
import { isObject, pointerSegment } from '../openapi-walk.ts';
import { CheckCompiler } from './check-compiler.ts';
import {
  collectOperations,
  type OperationValidators,
  type ValidatorSlot,
} from './operation-validators.ts';
import { resolvePointer } from './schema-reader.ts';

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
}

/**
 * The TypeScript source of `packages/validation/src/<api>.gen.ts`, without the header.
 * Throws a `CodegenError` naming the spec pointer of any schema it cannot compile exactly.
 */
export function emitValidators(input: EmitValidatorsInput): string {
  const { document, specFile } = input;
  const compiler = new CheckCompiler(document, specFile);
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
  const operations = collectOperations(document, compiler, reuseComponent);
  if (componentChecks.length > 0) compiler.helpers.add('createValidator');

  const runtimeNames = [...compiler.helpers].sort();
  const typeOnly = new Set(['Alternative', 'JsonObject']);
  const imports = [
    ...runtimeNames.map((name) => (typeOnly.has(name) ? `type ${name}` : name)),
    'type Issue',
    'type Path',
    'type Validator',
  ];
  const runtime = JSON.stringify(input.runtimeImport ?? './runtime/index.ts');
  return [
    `import type { components, operations as Operations } from ${JSON.stringify(input.typesImport)};`,
    `import { ${imports.join(', ')} } from ${runtime};`,
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
