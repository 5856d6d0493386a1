import type { XmlShape, XmlShapes } from '@sms-contracts/client/xml';
import { resolveShape } from './resolve-shape.ts';

/**
 * Reads an `application/x-www-form-urlencoded` body into the JSON data model of a flat object
 * shape, as ASP.NET's form binding does: names match properties case-insensitively, and text is
 * converted to the property's type (integers, booleans, enum member names). Text that does not
 * convert is kept, so the validator reports it with its path.
 */
export function decodeForm(
  text: string,
  shape: XmlShape,
  shapes: XmlShapes,
): Record<string, unknown> {
  const object = resolveShape(shape, shapes);
  const properties = new Map(
    object.kind === 'object' ? object.properties.map((p) => [p.key.toLowerCase(), p] as const) : [],
  );
  const value: Record<string, unknown> = {};
  for (const [name, raw] of new URLSearchParams(text)) {
    const property = properties.get(name.toLowerCase());
    if (!property) {
      value[name] = raw;
      continue;
    }
    value[property.key] = convert(raw, resolveShape(property.shape, shapes));
  }
  return value;
}

function convert(raw: string, shape: XmlShape): unknown {
  if (shape.kind !== 'scalar') return raw;
  if (shape.names && Object.hasOwn(shape.names, raw)) return shape.names[raw];
  if (
    (shape.type === 'integer' && /^-?\d+$/.test(raw)) ||
    (shape.type === 'number' && raw.trim() !== '' && Number.isFinite(Number(raw)))
  ) {
    return Number(raw);
  }
  if (shape.type === 'boolean' && /^(true|false)$/i.test(raw)) return raw.toLowerCase() === 'true';
  return raw;
}
