import type { DiffContext, Where } from './context.ts';
import { isObject } from './pointer.ts';

function urls(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((server) => String(server.url ?? '').replace(/\/+$/, ''));
}

/** Compares two server lists: a URL that disappears strands clients configured with it. */
export function diffServers(
  ctx: DiffContext,
  where: Where,
  base: unknown,
  head: unknown,
  pointer: string,
): void {
  const before = urls(base);
  const after = urls(head);
  for (const url of before) {
    if (!after.includes(url))
      ctx.report(
        'api-server-removed',
        { ...where, part: `${where.part ?? ''}server ${url}`.trim() },
        'server removed: clients configured with this URL must switch to another.',
        pointer,
      );
  }
  for (const url of after) {
    if (!before.includes(url))
      ctx.report(
        'api-server-added',
        { ...where, part: `${where.part ?? ''}server ${url}`.trim() },
        'server added: clients may use this URL.',
        pointer,
      );
  }
}
