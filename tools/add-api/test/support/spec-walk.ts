// Small views of a parsed OpenAPI document for the vendor tests: operations and local $refs.

export type Node = Record<string, unknown>;
export const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export interface OperationAt {
  readonly method: string;
  readonly path: string;
  /** `GET /messages`, for messages. */
  readonly where: string;
  readonly operation: Node;
  readonly pathItem: Node;
}

const httpMethods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

export function operations(document: Node): OperationAt[] {
  const found: OperationAt[] = [];
  for (const [path, item] of Object.entries(isNode(document.paths) ? document.paths : {})) {
    if (!isNode(item)) continue;
    for (const [method, operation] of Object.entries(item)) {
      if (!httpMethods.has(method) || !isNode(operation)) continue;
      found.push({
        method,
        path,
        where: `${method.toUpperCase()} ${path}`,
        operation,
        pathItem: item,
      });
    }
  }
  return found;
}

/** Follows one local `$ref` (`#/components/...`); other values pass through. */
export function resolveLocal(document: Node, value: unknown): unknown {
  if (!isNode(value) || typeof value.$ref !== 'string' || !value.$ref.startsWith('#/'))
    return value;
  return value.$ref
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, key) => (isNode(node) ? node[key] : undefined), document);
}
