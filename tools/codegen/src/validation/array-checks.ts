// Array keywords: `minItems`, `maxItems`, and `items` as a loop over the elements.
import { literal, plural } from './code-snippets.ts';
import type { FunctionBody } from './function-body.ts';
import { possibleTypes } from './schema-facts.ts';
import type { SchemaReader } from './schema-reader.ts';
import { isTrivial } from './trivial-schemas.ts';

export function compileArray(
  body: FunctionBody,
  reader: SchemaReader,
  v: string,
  segments: readonly string[],
): void {
  const min = reader.count('minItems');
  const max = reader.count('maxItems');
  const items = reader.schema.items;
  if (Array.isArray(items)) {
    throw reader.error('/items', 'invalid "items": a list (the 2019-09 tuple form)', [
      'a schema; tuples use prefixItems, which these validators do not support',
    ]);
  }
  const a = body.variable('a');
  const start = body.lineCount;
  body.emit(`const ${a}: readonly unknown[] = ${v};`);
  const before = body.lineCount;
  if (min !== undefined && min > 0) {
    body.emit(`if (${a}.length < ${min}) {`);
    body.fail(segments, `\`expected at least ${plural(min, 'item')}, got \${${a}.length}\``);
    body.emit('}');
  }
  if (max !== undefined) {
    body.emit(`if (${a}.length > ${max}) {`);
    body.fail(segments, `\`expected at most ${plural(max, 'item')}, got \${${a}.length}\``);
    body.emit('}');
  }
  if (items !== undefined && !isTrivial(items)) {
    const index = body.variable('i');
    const length = body.variable('n');
    const item = body.variable('v');
    const childSegments = [...segments, index];
    body.emit(
      `for (let ${index} = 0, ${length} = ${a}.length; ${index} < ${length}; ${index}++) {`,
      `const ${item} = ${a}[${index}];`,
    );
    // undefined is no JSON value. An item schema that rejects it fails on a hole by itself
    // (and ends the loop there); one that accepts any type needs the test up front.
    if (possibleTypes(body.compiler.document, items) === undefined) {
      body.emit(`if (${item} === undefined) {`);
      body.fail(
        childSegments,
        literal('expected a JSON value, got undefined (an undefined element or a hole)'),
      );
      body.emit('break;', '}');
    }
    body.inLoopOver(item, () =>
      body.compile(items, `${reader.pointer}/items`, item, childSegments),
    );
    body.emit('}');
  }
  if (body.lineCount === before) body.truncate(start);
}
