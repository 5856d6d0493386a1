// The per-operation part of the module: parameters, request bodies per content type and
// responses per status and content type, each a validator over the schema the spec gives.
import { CodegenError } from '../errors.ts';
import { isObject, type JsonObject, type OperationEntry, pointerSegment } from '../openapi-walk.ts';
import { operationTypeOf } from '../operation-type.ts';
import type { CheckCompiler } from './check-compiler.ts';
import { resolvePointer } from './schema-reader.ts';

/** One validator slot: the expression that builds it and the TypeScript type it validates. */
export interface ValidatorSlot {
  readonly key: string;
  readonly expression: string;
  readonly type: string;
}

export interface OperationValidators {
  readonly operationId: string;
  readonly parameters: ValidatorSlot[];
  readonly requestBody: ValidatorSlot[] | undefined;
  readonly responses: { readonly status: string; readonly content: ValidatorSlot[] }[];
}

const parameterLocations = ['path', 'query', 'header'] as const;

/** Follows local `$ref`s; returns the node and the pointer where it really lives. */
function follow(
  document: unknown,
  node: unknown,
  pointer: string,
): { node: unknown; pointer: string } {
  let current = { node, pointer };
  for (
    let hops = 0;
    hops < 32 && isObject(current.node) && typeof current.node.$ref === 'string';
    hops++
  ) {
    const ref = current.node.$ref;
    if (!ref.startsWith('#/')) break;
    const target = decodeURIComponent(ref.slice(1));
    current = { node: resolvePointer(document, target), pointer: target };
  }
  return current;
}

/** `#` + pointer, written as a URI fragment. */
function refTo(pointer: string): string {
  return `#${pointer.split('/').map(encodeURIComponent).join('/')}`;
}

export function collectOperations(
  document: unknown,
  entries: readonly OperationEntry[],
  compiler: CheckCompiler,
  schemaExpression: (pointer: string) => string | undefined,
): OperationValidators[] {
  const validatorFor = (schemaPointer: string, name: string, type: string): string => {
    const reused = schemaExpression(schemaPointer);
    if (reused !== undefined) return reused;
    compiler.helpers.add('createValidator');
    const check = compiler.checkFor(schemaPointer, name);
    return `/* @__PURE__ */ createValidator<${type}>(${check})`;
  };

  return entries.map((entry) => {
    const { key: operationId, operation, pointer } = entry;
    const op = operationTypeOf(entry, { operations: 'Operations', paths: 'Paths' });

    const parameters: ValidatorSlot[] = [];
    const pathItemPointer = pointer.slice(0, pointer.lastIndexOf('/'));
    const byKey = new Map<
      string,
      { name: string; location: string; required: boolean; schemaPointer: string | undefined }
    >();
    for (const ownerPointer of [pathItemPointer, pointer]) {
      const list = resolvePointer(document, `${ownerPointer}/parameters`);
      if (!Array.isArray(list)) continue;
      list.forEach((raw, index) => {
        const { node, pointer: parameterPointer } = follow(
          document,
          raw,
          `${ownerPointer}/parameters/${index}`,
        );
        if (!isObject(node) || typeof node.name !== 'string' || typeof node.in !== 'string') {
          throw new CodegenError({
            file: compiler.specFile,
            pointer: parameterPointer,
            expected: 'a parameter object with "name" and "in"',
            message: 'invalid parameter',
          });
        }
        byKey.set(`${node.in}:${node.name}`, {
          name: node.name,
          location: node.in,
          required: node.required === true,
          schemaPointer: parameterSchemaPointer(node, parameterPointer),
        });
      });
    }
    for (const location of parameterLocations) {
      const members = [...byKey.values()].filter((parameter) => parameter.location === location);
      if (members.length === 0) continue;
      const schema: JsonObject = {
        type: 'object',
        properties: Object.fromEntries(
          members.map((member) => [
            member.name,
            member.schemaPointer === undefined ? true : { $ref: refTo(member.schemaPointer) },
          ]),
        ),
        required: members.filter((member) => member.required).map((member) => member.name),
      };
      const type = `NonNullable<${op}['parameters'][${JSON.stringify(location)}]>`;
      compiler.helpers.add('createValidator');
      const check = compiler.checkFor(
        `${pointer}/parameters (${location})`,
        `check_${operationId}_${location}`,
        schema,
      );
      parameters.push({
        key: location,
        expression: `/* @__PURE__ */ createValidator<${type}>(${check})`,
        type,
      });
    }

    const contentSlots = (
      ownerPointer: string,
      owner: unknown,
      typeOf: (mediaType: string) => string,
      name: string,
    ) => {
      const content = isObject(owner) ? owner.content : undefined;
      if (!isObject(content)) return [];
      // Media types with the same schema share one validator (XML is decoded to the JSON model).
      const shared = new Map<string, string>();
      return Object.entries(content).map(([mediaType, media]) => {
        const type = typeOf(mediaType);
        const schemaPointer = `${ownerPointer}/content/${pointerSegment(mediaType)}/schema`;
        const schema = isObject(media) ? media.schema : undefined;
        const key = JSON.stringify(schema ?? true);
        let expression = shared.get(key);
        if (expression === undefined) {
          expression =
            schema === undefined
              ? validatorForAnything(compiler, type)
              : validatorFor(schemaPointer, name, type);
          shared.set(key, expression);
        }
        return { key: mediaType, expression, type };
      });
    };

    let requestBody: ValidatorSlot[] | undefined;
    if (operation.requestBody !== undefined) {
      const body = follow(document, operation.requestBody, `${pointer}/requestBody`);
      requestBody = contentSlots(
        body.pointer,
        body.node,
        (mediaType) => `NonNullable<${op}['requestBody']>['content'][${JSON.stringify(mediaType)}]`,
        `check_${operationId}_body`,
      );
    }

    const responses = isObject(operation.responses)
      ? Object.entries(operation.responses).map(([status, raw]) => {
          const response = follow(document, raw, `${pointer}/responses/${pointerSegment(status)}`);
          const content = contentSlots(
            response.pointer,
            response.node,
            (mediaType) =>
              `${op}['responses'][${JSON.stringify(status)}]['content'][${JSON.stringify(mediaType)}]`,
            `check_${operationId}_${status}`,
          );
          return { status, content };
        })
      : [];

    return { operationId, parameters, requestBody, responses };
  });
}

function parameterSchemaPointer(
  parameter: JsonObject,
  parameterPointer: string,
): string | undefined {
  if (parameter.schema !== undefined) return `${parameterPointer}/schema`;
  if (isObject(parameter.content)) {
    const [mediaType] = Object.keys(parameter.content);
    if (mediaType !== undefined)
      return `${parameterPointer}/content/${pointerSegment(mediaType)}/schema`;
  }
  // No schema: any value.
  return undefined;
}

function validatorForAnything(compiler: CheckCompiler, type: string): string {
  compiler.helpers.add('createValidator');
  compiler.helpers.add('acceptAnything');
  return `/* @__PURE__ */ createValidator<${type}>(acceptAnything)`;
}
