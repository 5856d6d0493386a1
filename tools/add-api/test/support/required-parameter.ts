// The spec-diff check: a copy of a spec where one optional input became required, which breaks
// every caller that leaves it out. A parameter when the spec has an optional one (oasdiff's
// new-required-request-parameter, ERR); else a request body property
// (new-required-request-property, ERR).
import { isNode, type Node, operations, resolveLocal } from './spec-walk.ts';

const isOptional = (parameter: unknown): parameter is Node =>
  isNode(parameter) && parameter.in !== 'path' && parameter.required !== true;

function optionalParameter(document: Node): { node: Node; where: string } | undefined {
  for (const { where, operation } of operations(document)) {
    const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
    // A shared parameter ($ref) is changed where it is defined, for every operation using it.
    const parameter = parameters.map((each) => resolveLocal(document, each)).find(isOptional);
    if (parameter)
      return { node: parameter, where: `${where} ${parameter.in} ${String(parameter.name)}` };
  }
  const shared = isNode(document.components) ? document.components.parameters : undefined;
  for (const [name, parameter] of Object.entries(isNode(shared) ? shared : {})) {
    if (isOptional(parameter)) return { node: parameter, where: `components.parameters.${name}` };
  }
  return undefined;
}

function optionalBodyProperty(
  document: Node,
): { schema: Node; property: string; where: string } | undefined {
  for (const { where, operation } of operations(document)) {
    const body = resolveLocal(document, operation.requestBody);
    const content = isNode(body) && isNode(body.content) ? body.content : {};
    for (const [mediaType, media] of Object.entries(content)) {
      const found = objectWithOptionalProperty(
        document,
        isNode(media) ? media.schema : undefined,
        6,
      );
      if (found)
        return { ...found, where: `${where} ${mediaType} body property ${found.property}` };
    }
  }
  return undefined;
}

/** The schema itself or, through allOf/oneOf/anyOf, the first one with an optional property. */
function objectWithOptionalProperty(
  document: Node,
  value: unknown,
  depth: number,
): { schema: Node; property: string } | undefined {
  const schema = resolveLocal(document, value);
  if (!isNode(schema) || depth === 0) return undefined;
  if (isNode(schema.properties)) {
    const required = Array.isArray(schema.required) ? schema.required : [];
    const property = Object.keys(schema.properties).find((name) => !required.includes(name));
    if (property) return { schema, property };
  }
  for (const keyword of ['allOf', 'oneOf', 'anyOf']) {
    const members = Array.isArray(schema[keyword]) ? schema[keyword] : [];
    for (const member of members) {
      const found = objectWithOptionalProperty(document, member, depth - 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** Makes one optional input of the document required, in place; says which. */
export function makeOneParameterRequired(document: Node): string {
  const parameter = optionalParameter(document);
  if (parameter) {
    parameter.node.required = true;
    return parameter.where;
  }
  const body = optionalBodyProperty(document);
  if (!body) throw new Error('no optional parameter or request body property to make required');
  body.schema.required = [
    ...(Array.isArray(body.schema.required) ? body.schema.required : []),
    body.property,
  ];
  return body.where;
}
