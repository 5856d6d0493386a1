// Small, typed views of the parts of an OpenAPI document the generators read.
import type { OpenApiDocument } from '@sms-contracts/specs/load-api';
import { operationKeys } from './operation-keys.ts';

export type JsonObject = Record<string, unknown>;

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** One operation with where it lives. */
export interface OperationEntry {
  readonly path: string;
  readonly method: string;
  /** The spec's operationId, `''` when it has none. */
  readonly operationId: string;
  /** The operation's name in generated code (see operation-keys.ts). */
  readonly key: string;
  readonly operation: JsonObject;
  /** JSON pointer of the operation object, for error messages. */
  readonly pointer: string;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Escapes a JSON pointer segment. */
export function pointerSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Every operation of the document in path order, then method order. */
export function listOperations(document: OpenApiDocument): OperationEntry[] {
  const operations: Omit<OperationEntry, 'key'>[] = [];
  for (const [path, pathItem] of Object.entries(document.paths ?? {})) {
    for (const method of httpMethods) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      const pointer = `/paths/${pointerSegment(path)}/${method}`;
      operations.push({
        path,
        method,
        operation,
        pointer,
        operationId: String(operation.operationId ?? ''),
      });
    }
  }
  const keys = operationKeys(operations);
  return operations.map((entry, index) => ({ ...entry, key: keys[index] ?? entry.operationId }));
}

/** Follows a local `$ref` (`#/components/...`) to its target; other values pass through. */
export function deref(document: OpenApiDocument, value: unknown): unknown {
  let current = value;
  const seen = new Set<string>();
  while (isObject(current) && typeof current.$ref === 'string' && current.$ref.startsWith('#/')) {
    const ref = current.$ref;
    if (seen.has(ref)) return current;
    seen.add(ref);
    current = ref
      .slice(2)
      .split('/')
      .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), document);
  }
  return current;
}

/** `updateMessage` → `UpdateMessage`. */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join('');
}

/** `gateway-sms` → `gatewaySms`. */
export function camelCase(name: string): string {
  const pascal = pascalCase(name);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}
