// A form example (application/x-www-form-urlencoded) is text on the wire: every value a string.
// The schema's own conversion turns it into the JSON value its schema describes: "5" is an
// integer where the schema says integer, "true" a boolean, a repeated key an array.
import { isNode, type Node } from '../json-node.ts';

/** True for media types whose examples are form fields. */
export function isFormMediaType(mediaType: string | undefined): boolean {
  return mediaType === 'application/x-www-form-urlencoded';
}

function typesOf(schema: unknown): string[] {
  if (!isNode(schema)) return [];
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type)) return schema.type.filter((type) => typeof type === 'string');
  return [];
}

/** One field value, as the schema `schema` reads it. */
export function convertFormValue(value: unknown, schema: unknown): unknown {
  const types = typesOf(schema);
  if (types.includes('array')) {
    const items = isNode(schema) ? schema.items : undefined;
    const list = Array.isArray(value) ? value : [value];
    return list.map((item) => convertFormValue(item, items));
  }
  if (typeof value !== 'string' || types.includes('string')) return value;
  if ((types.includes('integer') || types.includes('number')) && value.trim() !== '') {
    const number = Number(value);
    if (!Number.isNaN(number)) return number;
  }
  if (types.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  if (types.includes('null') && value === '') return null;
  return value;
}

/**
 * A form example (an encoded string or an object of fields) as the JSON object its schema
 * validates: fields parsed, repeated keys gathered, each value converted by its property schema.
 * `schema` must be dereferenced.
 */
export function formExampleValue(example: unknown, schema: unknown): unknown {
  const fields: Node = {};
  if (typeof example === 'string') {
    for (const [key, value] of new URLSearchParams(example)) {
      const previous = fields[key];
      fields[key] =
        previous === undefined
          ? value
          : [...(Array.isArray(previous) ? previous : [previous]), value];
    }
  } else if (isNode(example)) {
    Object.assign(fields, example);
  } else {
    return example;
  }
  const properties = isNode(schema) && isNode(schema.properties) ? schema.properties : {};
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key, convertFormValue(value, properties[key])]),
  );
}
