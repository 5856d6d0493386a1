import { formatValue } from './describe.ts';
import { type NormalSchema, sameValue } from './normalize.ts';
import type { SchemaScope } from './schema-scope.ts';
import type { SchemaWalk } from './schema-walk.ts';

/** Compares `default` of request parameters and properties, which the server fills in. */
export function compareDefault(
  walk: SchemaWalk,
  base: NormalSchema,
  head: NormalSchema,
  path: string,
): void {
  const { direction, root } = walk.scope;
  if (direction !== 'request' || !isPropertyOrParameter(root, path)) return;
  if (base.hasDefault === head.hasDefault && sameValue(base.defaultValue, head.defaultValue))
    return;
  const id =
    root === 'request-parameter'
      ? 'request-parameter-default-value-changed'
      : 'request-property-default-value-changed';
  const from = base.hasDefault ? formatValue(base.defaultValue) : 'none';
  const to = head.hasDefault ? formatValue(head.defaultValue) : 'none';
  walk.fixed(
    id,
    path,
    `default changed from ${from} to ${to}: requests that leave it out now get different behaviour.`,
    head.pointer,
  );
}

function isPropertyOrParameter(root: SchemaScope['root'], path: string): boolean {
  return root === 'request-parameter' ? path === '' : path !== '';
}
