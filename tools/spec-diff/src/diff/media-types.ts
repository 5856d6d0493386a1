import type { Direction } from '../rules.ts';
import type { Located } from './context.ts';
import { isXmlMediaType, type OperationPair } from './operation-scope.ts';
import { childPointer, isObject } from './pointer.ts';
import { diffSchema } from './schema/diff-schema.ts';

/** Media types of a body or response, each with its schema. */
export function mediaTypes(located: Located): Map<string, Located<unknown>> {
  const result = new Map<string, Located<unknown>>();
  if (!isObject(located.node.content)) return result;
  const contentPointer = childPointer(located.pointer, 'content');
  for (const [mediaType, media] of Object.entries(located.node.content)) {
    const mediaPointer = childPointer(contentPointer, mediaType);
    const schema = isObject(media) && media.schema !== undefined ? media.schema : {};
    result.set(mediaType.toLowerCase(), {
      node: schema,
      pointer: childPointer(mediaPointer, 'schema'),
    });
  }
  return result;
}

// What differs between a request body and a response: rule ids, schema root, who is affected.
const wording = {
  request: {
    root: 'request-body',
    removed: 'request-body-media-type-removed',
    added: 'request-body-media-type-added',
    whenRemoved: (mediaType: string) => `clients that send ${mediaType} are now rejected`,
    whenAdded: (mediaType: string) => `clients may send ${mediaType}`,
  },
  response: {
    root: 'response-body',
    removed: 'response-media-type-removed',
    added: 'response-media-type-added',
    whenRemoved: (mediaType: string) => `clients that ask for ${mediaType} no longer get it`,
    whenAdded: (mediaType: string) => `clients may ask for ${mediaType}`,
  },
} as const;

/**
 * Compares the media types of a request body or a response: removed and added ones are reported
 * at `head.pointer`, the schemas of those on both sides compared. `part` is `request body` or
 * `response 200`; the media type is appended to it.
 */
export function diffMediaTypes(
  pair: OperationPair,
  direction: Direction,
  part: string,
  base: Located,
  head: Located,
): void {
  const { ctx } = pair;
  const operation = pair.name;
  const words = wording[direction];
  const baseMedia = mediaTypes(base);
  const headMedia = mediaTypes(head);
  for (const [mediaType, baseSchema] of baseMedia) {
    const mediaPart = `${part} ${mediaType}`;
    const headSchema = headMedia.get(mediaType);
    if (!headSchema) {
      ctx.report(
        words.removed,
        { operation, part: mediaPart },
        `media type removed: ${words.whenRemoved(mediaType)}.`,
        head.pointer,
      );
      continue;
    }
    diffSchema(
      {
        ctx,
        direction,
        operation,
        part: mediaPart,
        root: words.root,
        xml: isXmlMediaType(mediaType),
        normalizers: pair.normalizers,
        clean: pair.clean,
      },
      baseSchema,
      headSchema,
    );
  }
  for (const mediaType of headMedia.keys()) {
    if (baseMedia.has(mediaType)) continue;
    ctx.report(
      words.added,
      { operation, part: `${part} ${mediaType}` },
      `media type added: ${words.whenAdded(mediaType)}.`,
      head.pointer,
    );
  }
}
