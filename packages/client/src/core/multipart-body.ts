import type { PropertyEncoding } from '../operation-table.ts';
import { BodyShapeError, isPlainObject, kindOf } from './body-shape.ts';

/**
 * A `multipart/form-data` body from an object: one part per property, one per item of an array
 * (OpenAPI 3.1), a Blob or File as a file part, bytes as `application/octet-stream`, an object as
 * a JSON part; the encoding's contentType, when the spec gives one, types the part. fetch writes
 * the boundary.
 */
export function encodeMultipart(
  body: unknown,
  encoding: Readonly<Record<string, PropertyEncoding>> = {},
): FormData {
  if (body instanceof FormData) return body;
  if (!isPlainObject(body)) {
    throw new BodyShapeError('/body', `expected an object of parts, got ${kindOf(body)}`);
  }
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    const contentType = encoding[name]?.contentType;
    for (const item of Array.isArray(value) ? value : [value]) {
      const part = partOf(item, contentType);
      if (typeof part === 'string') form.append(name, part);
      else form.append(name, part, part instanceof File ? part.name : name);
    }
  }
  return form;
}

function partOf(value: unknown, contentType: string | undefined): string | Blob {
  if (value instanceof Blob) return value;
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : value;
    return new Blob([bytes as BlobPart], { type: contentType ?? 'application/octet-stream' });
  }
  if (typeof value === 'object' && value !== null) {
    return new Blob([JSON.stringify(value)], { type: contentType ?? 'application/json' });
  }
  const text = String(value);
  return contentType && !contentType.startsWith('text/plain')
    ? new Blob([text], { type: contentType })
    : text;
}
