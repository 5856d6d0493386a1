import type { XmlShape, XmlShapes } from '@sms-contracts/client/xml';

/** Follows `ref` shapes to the shape they name (at most 32 hops: the shapes may be cyclic). */
export function resolveShape(shape: XmlShape, shapes: XmlShapes): XmlShape {
  let current = shape;
  for (let hops = 0; current.kind === 'ref' && hops < 32; hops += 1) {
    const next = shapes[current.name];
    if (!next) break;
    current = next;
  }
  return current;
}
