/**
 * The one rule that names operations in generated code: the validation package's `operations`,
 * the client's operation table and the emulator's model all use these keys, so they agree.
 *
 * 1. An operationId that is a JavaScript identifier and unique in the spec is the key as it is
 *    (`updateMessage`). Our own specs only have these.
 * 2. Any other operationId is camel-cased from its runs of ASCII letters and digits
 *    (`Messages.create` → `messagesCreate`); a missing one is built the same way from the method
 *    and path (`get /blocked-numbers/{id}` → `getBlockedNumbersId`). A leading digit gets `_`.
 * 3. A key already taken gets the first free suffix `2`, `3`, ...: rule 1 keys are taken first,
 *    then the rest in the spec's order of paths and methods.
 */
import { identifierPattern } from './identifiers.ts';

export interface OperationName {
  readonly method: string;
  readonly path: string;
  /** The spec's operationId, `''` when it has none. */
  readonly operationId: string;
}

/** The key of each operation, in the order given. */
export function operationKeys(operations: readonly OperationName[]): string[] {
  const idCounts = new Map<string, number>();
  for (const { operationId } of operations)
    idCounts.set(operationId, (idCounts.get(operationId) ?? 0) + 1);
  const keptAsIs = (operationId: string) =>
    identifierPattern.test(operationId) && idCounts.get(operationId) === 1;

  const taken = new Set(operations.map((op) => op.operationId).filter(keptAsIs));
  return operations.map(({ method, path, operationId }) => {
    if (keptAsIs(operationId)) return operationId;
    const base = camelWords(operationId === '' ? `${method} ${path}` : operationId);
    let key = base;
    for (let suffix = 2; taken.has(key); suffix++) key = `${base}${suffix}`;
    taken.add(key);
    return key;
  });
}

function camelWords(text: string): string {
  const words = text.match(/[A-Za-z0-9]+/g) ?? ['operation'];
  const joined = words
    .map((word, index) =>
      index === 0
        ? word.charAt(0).toLowerCase() + word.slice(1)
        : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join('');
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}
