import type { Located } from './context.ts';
import { diffMediaTypes } from './media-types.ts';
import type { OperationPair } from './operation-scope.ts';
import { childPointer, isObject } from './pointer.ts';
import { diffSchema } from './schema/diff-schema.ts';

function responsesOf(pair: OperationPair, side: 'base' | 'head'): Map<string, Located> {
  const operation = pair[side];
  const result = new Map<string, Located>();
  if (!isObject(operation.node.responses)) return result;
  const pointer = childPointer(operation.pointer, 'responses');
  for (const [status, response] of Object.entries(operation.node.responses)) {
    result.set(
      status.toUpperCase(),
      pair.ctx[side].resolve({ node: response, pointer: childPointer(pointer, status) }),
    );
  }
  return result;
}

const isSuccess = (status: string) => status.startsWith('2');

function headersOf(
  pair: OperationPair,
  side: 'base' | 'head',
  response: Located,
): Map<string, Located> {
  const result = new Map<string, Located>();
  if (!isObject(response.node.headers)) return result;
  const pointer = childPointer(response.pointer, 'headers');
  for (const [name, header] of Object.entries(response.node.headers)) {
    // Content-Type is described by the media types, not as a header (OpenAPI ignores it).
    if (name.toLowerCase() === 'content-type') continue;
    result.set(
      name.toLowerCase(),
      pair.ctx[side].resolve({ node: header, pointer: childPointer(pointer, name) }),
    );
  }
  return result;
}

/** Compares the responses of one operation: statuses, headers, media types, schemas. */
export function diffResponses(pair: OperationPair): void {
  const { ctx } = pair;
  const operation = pair.name;
  const base = responsesOf(pair, 'base');
  const head = responsesOf(pair, 'head');
  for (const [status, before] of base) {
    const after = head.get(status);
    const part = `response ${status}`;
    if (!after) {
      if (isSuccess(status)) {
        ctx.report(
          'response-success-status-removed',
          { operation, part },
          'success status removed: clients that handle this status no longer get it, and may not handle what comes instead.',
          pair.head.pointer,
        );
      } else {
        ctx.report(
          'response-non-success-status-removed',
          { operation, part },
          'error status no longer documented.',
          pair.head.pointer,
        );
      }
      continue;
    }
    diffHeaders(pair, status, before, after);
    diffMediaTypes(pair, 'response', part, before, after);
  }
  for (const [status, after] of head) {
    if (base.has(status)) continue;
    const part = `response ${status}`;
    if (isSuccess(status)) {
      ctx.report(
        'response-success-status-added',
        { operation, part },
        'success status added: clients may receive it.',
        after.pointer,
      );
    } else {
      ctx.report(
        'response-non-success-status-added',
        { operation, part },
        'error status added: clients may receive it.',
        after.pointer,
      );
    }
  }
}

function diffHeaders(pair: OperationPair, status: string, before: Located, after: Located): void {
  const { ctx } = pair;
  const operation = pair.name;
  const base = headersOf(pair, 'base', before);
  const head = headersOf(pair, 'head', after);
  for (const [key, header] of base) {
    const name = headerName(before, key);
    const part = `response ${status} header ${name}`;
    const next = head.get(key);
    if (!next) {
      if (header.node.required === true) {
        ctx.report(
          'required-response-header-removed',
          { operation, part },
          'required header removed: clients that read it break.',
          after.pointer,
        );
      } else {
        ctx.report(
          'optional-response-header-removed',
          { operation, part },
          'optional header removed: clients that read it lose it.',
          after.pointer,
        );
      }
      continue;
    }
    if (header.node.required === true && next.node.required !== true) {
      ctx.report(
        'response-header-became-optional',
        { operation, part },
        'became optional: clients that expect it may not get it.',
        next.pointer,
      );
    }
    diffSchema(
      {
        ctx,
        direction: 'response',
        operation,
        part,
        root: 'response-header',
        xml: false,
        normalizers: pair.normalizers,
        clean: pair.clean,
      },
      { node: header.node.schema ?? {}, pointer: childPointer(header.pointer, 'schema') },
      { node: next.node.schema ?? {}, pointer: childPointer(next.pointer, 'schema') },
    );
  }
  for (const [key, header] of head) {
    if (base.has(key)) continue;
    ctx.report(
      'response-header-added',
      { operation, part: `response ${status} header ${headerName(after, key)}` },
      'header added: clients may read it.',
      header.pointer,
    );
  }
}

function headerName(response: Located, key: string): string {
  const headers = isObject(response.node.headers) ? Object.keys(response.node.headers) : [];
  return headers.find((name) => name.toLowerCase() === key) ?? key;
}
