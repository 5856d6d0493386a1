// Lines of JSON pointers in a spec file as written. Redocly's YAML AST parser is several times
// faster than a second full parse with `yaml` on big specs; the file is parsed once, on first use,
// and each pointer is looked up once.
import { getLineColLocation, Source } from '@redocly/openapi-core';

// yaml-ast-parser's node shapes (Redocly's parser), the parts read here.
interface AstNode {
  readonly kind: number;
  readonly startPosition: number;
  readonly key?: { readonly value: string; readonly startPosition: number };
  readonly value?: AstNode;
  readonly mappings?: readonly AstNode[];
  readonly items?: readonly AstNode[];
}
const kind = { map: 2, seq: 3 } as const;

const alreadyParsed = (() => {
  throw new Error('spec-diff internal error: the Source was expected to hold its AST');
}) as unknown as Parameters<Source['getAst']>[0];

function parsedAst(source: Source): AstNode | undefined {
  // getLineColLocation parses with Redocly's parser and the Source keeps the AST; read it back.
  getLineColLocation({ source, pointer: '#/', reportOnKey: false });
  return source.getAst(alreadyParsed) as unknown as AstNode | undefined;
}

// Offset of the key a pointer ends at (of the item, in a sequence); undefined unless it is there.
function offsetOf(root: AstNode | undefined, pointer: string): number | undefined {
  let node = root;
  let offset: number | undefined;
  for (const segment of pointer.replace(/^#?\/?/, '').split('/')) {
    if (segment === '') continue;
    const key = decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node?.kind === kind.map) {
      const mapping = node.mappings?.find((entry) => String(entry.key?.value) === key);
      if (!mapping?.key) return undefined;
      offset = mapping.key.startPosition;
      node = mapping.value;
    } else if (node?.kind === kind.seq && /^\d+$/.test(key)) {
      node = node.items?.[Number(key)];
      if (!node) return undefined;
      offset = node.startPosition;
    } else {
      return undefined;
    }
  }
  return offset;
}

/** A function giving the 1-based line of a pointer in `body`, or undefined when it is not there. */
export function lineFinder(path: string, body: string): (pointer: string) => number | undefined {
  let parsed: { root: AstNode | undefined; lineStarts: number[] } | undefined;
  const memo = new Map<string, number | undefined>();
  return (pointer) => {
    if (memo.has(pointer)) return memo.get(pointer);
    if (!parsed) {
      const lineStarts = [0];
      for (let index = body.indexOf('\n'); index >= 0; index = body.indexOf('\n', index + 1))
        lineStarts.push(index + 1);
      parsed = { root: parsedAst(new Source(path, body)), lineStarts };
    }
    const offset = offsetOf(parsed.root, pointer);
    const line = offset === undefined ? undefined : lineAt(parsed.lineStarts, offset);
    memo.set(pointer, line);
    return line;
  };
}

function lineAt(lineStarts: readonly number[], offset: number): number {
  let [low, high] = [0, lineStarts.length - 1];
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}
