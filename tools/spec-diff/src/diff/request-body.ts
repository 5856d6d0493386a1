import type { Located } from './context.ts';
import { diffMediaTypes } from './media-types.ts';
import type { OperationPair } from './operation-scope.ts';
import { childPointer } from './pointer.ts';

function bodyOf(pair: OperationPair, side: 'base' | 'head'): Located | undefined {
  const operation = pair[side];
  if (operation.node.requestBody === undefined) return undefined;
  return pair.ctx[side].resolve({
    node: operation.node.requestBody,
    pointer: childPointer(operation.pointer, 'requestBody'),
  });
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
  diffMediaTypes(pair, 'request', 'request body', base, head);
}
