import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

/** Decodes one JSON pointer segment (`~1` is `/`, `~0` is `~`). */
function decodeSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/**
 * The 1-based line of the node at `pointer` in the YAML (or JSON) file, or of its nearest
 * ancestor that exists there; `undefined` when the file cannot be read.
 */
export function lineOf(file: string, pointer: string): number | undefined {
  return lineLocator(file)(pointer);
}

/**
 * `lineOf` for many pointers in one file: the file is read and parsed once (a vendor's spec of
 * a megabyte, asked for hundreds of findings).
 */
export function lineLocator(file: string): (pointer: string) => number | undefined {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return () => undefined;
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, keepSourceTokens: false });
  return (pointer) => {
    let node: Node | null | undefined = document.contents as Node | null;
    let offset = node?.range?.[0] ?? 0;
    for (const segment of pointer.split('/').slice(1).map(decodeSegment)) {
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => String((item.key as { value?: unknown })?.value) === segment,
        );
        if (pair) offset = (pair.key as Node).range?.[0] ?? offset;
        next = pair?.value;
      } else if (isSeq(node)) {
        next = node.items[Number(segment)];
      }
      if (!next) break;
      node = next as Node;
      if (!isMap(node) && !isSeq(node)) offset = node.range?.[0] ?? offset;
    }
    return lineCounter.linePos(offset).line;
  };
}
