import type { OperationModel } from './api-model.ts';

/** An operation a request path matched, with its path parameters (still percent-encoded). */
export interface RouteMatch {
  readonly operation: OperationModel;
  readonly pathValues: Readonly<Record<string, string>>;
}

interface TemplateRoute {
  readonly operation: OperationModel;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

/** The outcome of routing: a match, a path no operation has, or a path with other methods. */
export type RouteResult =
  | { readonly kind: 'match'; readonly match: RouteMatch }
  | { readonly kind: 'no-path' }
  | { readonly kind: 'no-method'; readonly allowed: readonly string[] };

/**
 * Finds the operation for a method and path. Paths without parameters are looked up in a map;
 * templated ones are tried most literal first, so `/things/search` wins over `/things/{id}`.
 * A trailing slash is optional either way.
 */
export class Router {
  private readonly exact = new Map<string, Map<string, OperationModel>>();
  private readonly templates: TemplateRoute[] = [];

  constructor(operations: readonly OperationModel[]) {
    for (const operation of operations) {
      const path = trimSlash(operation.path);
      if (!path.includes('{')) {
        const byMethod = this.exact.get(path) ?? new Map<string, OperationModel>();
        byMethod.set(operation.method, operation);
        this.exact.set(path, byMethod);
        continue;
      }
      const names: string[] = [];
      const source = path.replace(/\{([^}]+)\}|[^{]+/g, (part, name: string | undefined) => {
        if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
        names.push(name);
        return '([^/]+?)';
      });
      this.templates.push({ operation, pattern: new RegExp(`^${source}$`), names });
    }
    this.templates.sort(
      (a, b) =>
        a.names.length - b.names.length || b.operation.path.length - a.operation.path.length,
    );
  }

  route(method: string, rawPath: string): RouteResult {
    const path = trimSlash(rawPath);
    const allowed: string[] = [];
    const byMethod = this.exact.get(path);
    if (byMethod) {
      const operation = byMethod.get(method);
      if (operation) return { kind: 'match', match: { operation, pathValues: {} } };
      allowed.push(...byMethod.keys());
    }
    for (const route of this.templates) {
      const found = route.pattern.exec(path);
      if (!found) continue;
      if (route.operation.method !== method) {
        allowed.push(route.operation.method);
        continue;
      }
      const pathValues: Record<string, string> = {};
      route.names.forEach((name, index) => {
        pathValues[name] = found[index + 1] as string;
      });
      return { kind: 'match', match: { operation: route.operation, pathValues } };
    }
    return allowed.length > 0
      ? { kind: 'no-method', allowed: [...new Set(allowed)] }
      : { kind: 'no-path' };
  }
}

function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}
