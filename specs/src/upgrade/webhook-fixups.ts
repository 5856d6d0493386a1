// @scalar/openapi-upgrader renames a 3.0 document's `x-webhooks` to 3.1 `webhooks`. Vendors used
// the extension freely: Vonage writes callback-shaped maps there (`{$request.body#/callback}:`),
// which are not Path Item Objects and would make the upgraded document invalid. Those entries
// go back under `x-webhooks`, where they were an annotation all along.
import { isNode, type Node } from '../json-node.ts';

const pathItemKeys = new Set([
  '$ref',
  'summary',
  'description',
  'servers',
  'parameters',
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
]);

function isPathItem(value: unknown): boolean {
  return (
    isNode(value) &&
    Object.keys(value).every((key) => pathItemKeys.has(key) || key.startsWith('x-'))
  );
}

/** Moves `webhooks` entries that are not Path Item Objects back to `x-webhooks`, in place. */
export function keepOnlyPathItemWebhooks(document: Node): void {
  if (!isNode(document.webhooks)) return;
  const kept: Node = {};
  const moved: Node = {};
  for (const [name, item] of Object.entries(document.webhooks)) {
    (isPathItem(item) ? kept : moved)[name] = item;
  }
  if (Object.keys(moved).length === 0) return;
  document['x-webhooks'] = {
    ...(isNode(document['x-webhooks']) ? document['x-webhooks'] : {}),
    ...moved,
  };
  if (Object.keys(kept).length > 0) document.webhooks = kept;
  else delete document.webhooks;
}
