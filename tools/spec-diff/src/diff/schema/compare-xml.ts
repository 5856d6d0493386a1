import { formatValue } from './describe.ts';
import type { NormalSchema } from './normalize.ts';
import type { SchemaWalk } from './schema-walk.ts';

const xmlKeys = ['name', 'namespace', 'prefix', 'attribute', 'wrapped'] as const;

/** Compares `xml` naming (element and attribute names, namespace, prefix, wrapping). */
export function compareXml(
  walk: SchemaWalk,
  base: NormalSchema,
  head: NormalSchema,
  path: string,
): void {
  const changed = xmlKeys.filter(
    (key) => (base.xml?.[key] ?? undefined) !== (head.xml?.[key] ?? undefined),
  );
  if (changed.length === 0) return;
  const parts = changed.map(
    (key) =>
      `${key} ${formatValue(base.xml?.[key] ?? null)} → ${formatValue(head.xml?.[key] ?? null)}`,
  );
  const who =
    walk.scope.direction === 'request'
      ? 'XML that clients send no longer matches'
      : 'clients parsing the XML no longer find it';
  walk.report('xml-changed', path, `XML ${parts.join(', ')}: ${who}.`, head.pointer);
}
