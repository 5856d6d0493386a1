import { CodegenError } from '../errors.ts';
import { isObject, type JsonObject, pointerSegment } from '../openapi-walk.ts';

type PropertyEncoding = { style?: string; explode?: boolean; contentType?: string };

const styles = new Set(['form', 'spaceDelimited', 'pipeDelimited', 'deepObject']);

/**
 * The `encoding` of form and multipart request bodies, per media type then property, as the
 * client writes them; `undefined` when no body has one.
 */
export function requestEncoding(
  specFile: string,
  content: JsonObject,
  pointer: string,
): Record<string, Record<string, PropertyEncoding>> | undefined {
  const result: Record<string, Record<string, PropertyEncoding>> = {};
  for (const [mediaType, media] of Object.entries(content)) {
    if (!isObject(media) || !isObject(media.encoding)) continue;
    const properties: Record<string, PropertyEncoding> = {};
    for (const [property, raw] of Object.entries(media.encoding)) {
      if (!isObject(raw)) continue;
      const where = `${pointer}/${pointerSegment(mediaType)}/encoding/${pointerSegment(property)}`;
      const encoding: PropertyEncoding = {};
      if (raw.style !== undefined) {
        if (typeof raw.style !== 'string' || !styles.has(raw.style)) {
          throw new CodegenError({
            file: specFile,
            pointer: `${where}/style`,
            expected: 'form, spaceDelimited, pipeDelimited or deepObject',
            message: `style is ${JSON.stringify(raw.style)}`,
          });
        }
        encoding.style = raw.style;
      }
      if (typeof raw.explode === 'boolean') encoding.explode = raw.explode;
      if (typeof raw.contentType === 'string') encoding.contentType = raw.contentType;
      if (Object.keys(encoding).length > 0) properties[property] = encoding;
    }
    if (Object.keys(properties).length > 0) result[mediaType] = properties;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}
