import { isNode, type Node } from '../json-node.ts';
import type { OpenApiDocument } from '../load-api.ts';

/** One example found in a spec, with the schema it must satisfy. */
export interface FoundExample {
  /** Where the example is, as a readable JSON pointer. */
  readonly where: string;
  /** JSON pointer of the schema it must satisfy. */
  readonly schemaPointer: string;
  readonly mediaType: string | undefined;
  readonly value: unknown;
}

const segment = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** Follows a local $ref to its target node and pointer. */
export function resolve(
  document: OpenApiDocument,
  node: unknown,
  pointer: string,
): [unknown, string] {
  if (isNode(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#/')) {
    const target = node.$ref
      .slice(2)
      .split('/')
      .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>((value, key) => (isNode(value) ? value[key] : undefined), document);
    return resolve(document, target, node.$ref.slice(1));
  }
  return [node, pointer];
}

/** Examples of a media type or parameter object: `example` and every `examples.*.value`. */
function examplesOf(document: OpenApiDocument, holder: Node, pointer: string) {
  const found: { where: string; value: unknown }[] = [];
  if ('example' in holder) found.push({ where: `${pointer}/example`, value: holder.example });
  const examples = isNode(holder.examples) ? holder.examples : {};
  for (const [name, example] of Object.entries(examples)) {
    const [resolved] = resolve(document, example, `${pointer}/examples/${segment(name)}`);
    if (isNode(resolved) && 'value' in resolved) {
      found.push({ where: `${pointer}/examples/${segment(name)}`, value: resolved.value });
    }
  }
  return found;
}

/**
 * Every example of the document: per media type (request bodies and responses), per parameter,
 * and each component schema's `examples`.
 */
export function collectExamples(document: OpenApiDocument): FoundExample[] {
  const found: FoundExample[] = [];
  const fromContent = (content: unknown, pointer: string) => {
    if (!isNode(content)) return;
    for (const [mediaType, media] of Object.entries(content)) {
      if (!isNode(media)) continue;
      const mediaPointer = `${pointer}/${segment(mediaType)}`;
      for (const example of examplesOf(document, media, mediaPointer)) {
        found.push({ ...example, mediaType, schemaPointer: `${mediaPointer}/schema` });
      }
    }
  };
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      if (!isNode(operation)) continue;
      const opPointer = `/paths/${segment(path)}/${method}`;
      const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
      parameters.forEach((parameter, index) => {
        const [resolved, pointer] = resolve(
          document,
          parameter,
          `${opPointer}/parameters/${index}`,
        );
        if (!isNode(resolved)) return;
        for (const example of examplesOf(document, resolved, pointer)) {
          found.push({ ...example, mediaType: undefined, schemaPointer: `${pointer}/schema` });
        }
      });
      const [body, bodyPointer] = resolve(
        document,
        operation.requestBody,
        `${opPointer}/requestBody`,
      );
      if (isNode(body)) fromContent(body.content, `${bodyPointer}/content`);
      const responses = isNode(operation.responses) ? operation.responses : {};
      for (const [status, response] of Object.entries(responses)) {
        const [resolved, pointer] = resolve(document, response, `${opPointer}/responses/${status}`);
        if (isNode(resolved)) fromContent(resolved.content, `${pointer}/content`);
      }
    }
  }
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    const pointer = `/components/schemas/${segment(name)}`;
    const examples = isNode(schema) && Array.isArray(schema.examples) ? schema.examples : [];
    examples.forEach((value, index) => {
      found.push({
        where: `${pointer}/examples/${index}`,
        schemaPointer: pointer,
        mediaType: undefined,
        value,
      });
    });
  }
  return found;
}

/** True for media types whose examples are JSON values (XML and form examples are strings). */
export function isJsonMediaType(mediaType: string | undefined): boolean {
  return mediaType === undefined || /^(application|text)\/(.+\+)?json$/.test(mediaType);
}
