import type { OperationEntry } from './openapi-walk.ts';

/**
 * Where openapi-typescript put an operation's type: under `operations` by its operationId when
 * that is also the operation's key (an identifier, unique), else only under `paths`.
 */
export function operationTypeOf(
  entry: OperationEntry,
  names: { readonly operations: string; readonly paths: string },
): string {
  return entry.operationId !== '' && entry.key === entry.operationId
    ? `${names.operations}[${JSON.stringify(entry.operationId)}]`
    : `${names.paths}[${JSON.stringify(entry.path)}][${JSON.stringify(entry.method)}]`;
}

/** Whether some operation's type is reachable only under `paths`. */
export function needsPathsType(entries: readonly OperationEntry[]): boolean {
  return entries.some((entry) => entry.operationId === '' || entry.key !== entry.operationId);
}
