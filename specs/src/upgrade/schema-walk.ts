// Finds every Schema Object of an OpenAPI 3.1 document, so that rewrites touch schemas only and
// never the data inside `example`, `default`, `enum` or `const`.
import { isNode, type Node } from '../json-node.ts';

/** A rewrite of one schema: returns the schema to put in its place (often the same object). */
export type SchemaRewrite = (schema: Node) => Node;

/** Keywords whose value is one subschema. */
const singleSchemaKeywords = [
  'items',
  'not',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'contentSchema',
];
/** Keywords whose value is a list of subschemas. */
const schemaListKeywords = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
/** Keywords whose value maps names to subschemas. */
const schemaMapKeywords = [
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
];

/** Applies `rewrite` to `schema` and, first, to each of its subschemas (depth first). */
export function rewriteSchema(schema: unknown, rewrite: SchemaRewrite): unknown {
  if (!isNode(schema)) return schema;
  for (const keyword of singleSchemaKeywords) {
    if (isNode(schema[keyword])) schema[keyword] = rewriteSchema(schema[keyword], rewrite);
  }
  for (const keyword of schemaListKeywords) {
    const list = schema[keyword];
    if (Array.isArray(list)) schema[keyword] = list.map((item) => rewriteSchema(item, rewrite));
  }
  for (const keyword of schemaMapKeywords) {
    const map = schema[keyword];
    if (!isNode(map)) continue;
    for (const [name, item] of Object.entries(map)) map[name] = rewriteSchema(item, rewrite);
  }
  return rewrite(schema);
}

/** Rewrites a map of objects that may carry a `schema` (parameters, headers, media types). */
function rewriteSchemaHolders(holders: unknown, rewrite: SchemaRewrite): void {
  const list = Array.isArray(holders) ? holders : isNode(holders) ? Object.values(holders) : [];
  for (const holder of list) {
    if (!isNode(holder)) continue;
    if (isNode(holder.schema)) holder.schema = rewriteSchema(holder.schema, rewrite);
    rewriteContent(holder.content, rewrite);
  }
}

function rewriteContent(content: unknown, rewrite: SchemaRewrite): void {
  if (!isNode(content)) return;
  rewriteSchemaHolders(content, rewrite);
  for (const media of Object.values(content)) {
    if (!isNode(media) || !isNode(media.encoding)) continue;
    for (const encoding of Object.values(media.encoding)) {
      if (isNode(encoding)) rewriteSchemaHolders(encoding.headers, rewrite);
    }
  }
}

function rewriteResponses(responses: unknown, rewrite: SchemaRewrite): void {
  if (!isNode(responses)) return;
  for (const response of Object.values(responses)) {
    if (!isNode(response)) continue;
    rewriteSchemaHolders(response.headers, rewrite);
    rewriteContent(response.content, rewrite);
  }
}

function rewriteOperation(operation: unknown, rewrite: SchemaRewrite): void {
  if (!isNode(operation)) return;
  rewriteSchemaHolders(operation.parameters, rewrite);
  if (isNode(operation.requestBody)) rewriteContent(operation.requestBody.content, rewrite);
  rewriteResponses(operation.responses, rewrite);
  if (isNode(operation.callbacks)) {
    for (const callback of Object.values(operation.callbacks)) rewritePathItems(callback, rewrite);
  }
}

function rewritePathItems(pathItems: unknown, rewrite: SchemaRewrite): void {
  if (!isNode(pathItems)) return;
  for (const item of Object.values(pathItems)) {
    if (!isNode(item)) continue;
    rewriteSchemaHolders(item.parameters, rewrite);
    for (const [key, operation] of Object.entries(item)) {
      if (key !== 'parameters') rewriteOperation(operation, rewrite);
    }
  }
}

/** Applies `rewrite` to every schema of the document, in place. */
export function rewriteDocumentSchemas(document: Node, rewrite: SchemaRewrite): void {
  rewritePathItems(document.paths, rewrite);
  rewritePathItems(document.webhooks, rewrite);
  const components = isNode(document.components) ? document.components : {};
  const schemas = components.schemas;
  if (isNode(schemas)) {
    for (const [name, schema] of Object.entries(schemas))
      schemas[name] = rewriteSchema(schema, rewrite);
  }
  rewriteSchemaHolders(components.parameters, rewrite);
  rewriteSchemaHolders(components.headers, rewrite);
  rewriteResponses(components.responses, rewrite);
  if (isNode(components.requestBodies)) {
    for (const body of Object.values(components.requestBodies)) {
      if (isNode(body)) rewriteContent(body.content, rewrite);
    }
  }
  rewritePathItems(components.pathItems, rewrite);
  if (isNode(components.callbacks)) {
    for (const callback of Object.values(components.callbacks)) rewritePathItems(callback, rewrite);
  }
}
