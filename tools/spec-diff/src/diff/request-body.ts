import type { Located } from './context.ts';
import { isXmlMediaType, type OperationPair } from './operation-scope.ts';
import { childPointer, isObject } from './pointer.ts';
import { diffSchema } from './schema/diff-schema.ts';

function bodyOf(pair: OperationPair, side: 'base' | 'head'): Located | undefined {
  const operation = pair[side];
  if (operation.node.requestBody === undefined) return undefined;
  return pair.ctx[side].resolve({
    node: operation.node.requestBody,
    pointer: childPointer(operation.pointer, 'requestBody'),
  });
}

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

/** Compares the request bodies of one operation: presence, requiredness, media types, schemas. */
export function diffRequestBody(pair: OperationPair): void {
  const { ctx } = pair;
  const base = bodyOf(pair, 'base');
  const head = bodyOf(pair, 'head');
  const operation = pair.name;
  if (!base && !head) return;
  if (!base && head) {
    if (head.node.required === true) {
      ctx.report(
        'request-body-added-required',
        { operation, part: 'request body' },
        'required request body added: requests without a body are now rejected.',
        head.pointer,
      );
    } else {
      ctx.report(
        'request-body-added-optional',
        { operation, part: 'request body' },
        'optional request body added: clients may send one.',
        head.pointer,
      );
    }
    return;
  }
  if (base && !head) {
    ctx.report(
      'request-body-removed',
      { operation, part: 'request body' },
      'request body removed: requests that still send one may be rejected.',
      pair.head.pointer,
    );
    return;
  }
  if (!base || !head) return;
  const [wasRequired, isRequired] = [base.node.required === true, head.node.required === true];
  if (!wasRequired && isRequired) {
    ctx.report(
      'request-body-became-required',
      { operation, part: 'request body' },
      'became required: requests without a body are now rejected.',
      head.pointer,
    );
  } else if (wasRequired && !isRequired) {
    ctx.report(
      'request-body-became-optional',
      { operation, part: 'request body' },
      'became optional: clients may leave the body out.',
      head.pointer,
    );
  }
  const baseMedia = mediaTypes(base);
  const headMedia = mediaTypes(head);
  for (const [mediaType, baseSchema] of baseMedia) {
    const part = `request body ${mediaType}`;
    const headSchema = headMedia.get(mediaType);
    if (!headSchema) {
      ctx.report(
        'request-body-media-type-removed',
        { operation, part },
        `media type removed: clients that send ${mediaType} are now rejected.`,
        head.pointer,
      );
      continue;
    }
    diffSchema(
      {
        ctx,
        direction: 'request',
        operation,
        part,
        root: 'request-body',
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
      'request-body-media-type-added',
      { operation, part: `request body ${mediaType}` },
      `media type added: clients may send ${mediaType}.`,
      head.pointer,
    );
  }
}
