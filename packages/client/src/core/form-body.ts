import type { PropertyEncoding } from '../operation-table.ts';
import { BodyShapeError, isPlainObject, kindOf } from './body-shape.ts';
import { isJsonMediaType, mediaTypeOf } from './media-type.ts';

const delimiters = { form: ',', spaceDelimited: ' ', pipeDelimited: '|' } as const;

/**
 * An `application/x-www-form-urlencoded` body from an object, as OpenAPI's Encoding Object says:
 * arrays as one key per item (style form, explode true: the default) or one delimited value;
 * objects exploded into their own keys, delimited, or as `name[key]` (deepObject); a property
 * whose encoding contentType is JSON as its JSON text. Absent and null values are left out.
 */
export function encodeForm(
  body: unknown,
  encoding: Readonly<Record<string, PropertyEncoding>> = {},
): string {
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  if (!isPlainObject(body)) {
    throw new BodyShapeError('/body', `expected an object of form fields, got ${kindOf(body)}`);
  }
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    const { style = 'form', explode = style === 'form', contentType } = encoding[name] ?? {};
    const where = `/body/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (contentType && isJsonMediaType(mediaTypeOf(contentType))) {
      form.append(name, JSON.stringify(value));
    } else if (Array.isArray(value)) {
      const items = value.map((item, index) => scalar(item, `${where}/${index}`));
      if (explode) for (const item of items) form.append(name, item);
      else form.append(name, items.join(delimiters[style === 'deepObject' ? 'form' : style]));
    } else if (isPlainObject(value)) {
      const entries = Object.entries(value)
        .filter(([, member]) => member !== undefined && member !== null)
        .map(([key, member]) => [key, scalar(member, `${where}/${key}`)] as const);
      if (style === 'deepObject')
        for (const [key, item] of entries) form.append(`${name}[${key}]`, item);
      else if (explode) for (const [key, item] of entries) form.append(key, item);
      else form.append(name, entries.flat().join(delimiters[style]));
    } else {
      form.append(name, scalar(value, where));
    }
  }
  return form.toString();
}

function scalar(value: unknown, where: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (value instanceof Date) return value.toISOString();
  throw new BodyShapeError(where, `expected a string, number or boolean, got ${kindOf(value)}`);
}
