import type { XmlBody, XmlProperty, XmlShape, XmlShapes } from '@sms-contracts/client/xml';
import { pointerToken } from '../http/standard-schema.ts';
import { resolveShape } from './resolve-shape.ts';

/** A dictionary key as an element name, `_xHHHH_` for what a name cannot hold (as .NET writes it). */
function elementName(key: string): string {
  return [...key]
    .map((character, index) =>
      /[A-Za-z_]/.test(character) || (index > 0 && /[\d.-]/.test(character))
        ? character
        : `_x${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}_`,
    )
    .join('');
}

/**
 * Where a value of the JSON data model sits in an XML body, as the elements sent on the wire:
 * the path `["messageId"]` of a `MessageDetails` body is `/body/MessageDetails/ID`, array items
 * are `/…/string[1]` (0-based, as the XML codec names them). The walk follows the generated
 * shapes; a step they do not describe is written as the key itself.
 */
export function xmlPointer(path: readonly PropertyKey[], body: XmlBody, shapes: XmlShapes): string {
  let out = `/body/${body.root}`;
  let shape: XmlShape | undefined = body.shape;
  let index = 0;
  while (index < path.length) {
    const key = path[index] as PropertyKey;
    const resolved: XmlShape | undefined = shape ? resolveShape(shape, shapes) : undefined;
    if (resolved?.kind === 'object') {
      const property: XmlProperty | undefined = resolved.properties.find(
        (candidate: XmlProperty) => candidate.key === key,
      );
      if (!property) {
        out += `/${pointerToken(key)}`;
        shape = undefined;
        index += 1;
        continue;
      }
      const target = resolveShape(property.shape, shapes);
      const next = path[index + 1];
      if (target.kind === 'array' && !target.wrapped && typeof next === 'number') {
        // Unwrapped: the items stand in the parent, one element each.
        out += `/${target.itemElement ?? property.element}[${next}]`;
        shape = target.items;
        index += 2;
        continue;
      }
      out += `/${property.element}`;
      shape = property.shape;
    } else if (resolved?.kind === 'array' && typeof key === 'number') {
      out += `/${resolved.itemElement ?? 'item'}[${key}]`;
      shape = resolved.items;
    } else if (resolved?.kind === 'map') {
      out += `/${elementName(String(key))}`;
      shape = resolved.values;
    } else {
      out += `/${pointerToken(key)}`;
      shape = undefined;
    }
    index += 1;
  }
  return out;
}
