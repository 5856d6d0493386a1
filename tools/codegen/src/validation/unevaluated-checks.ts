// `unevaluatedProperties` and `unevaluatedItems`: after every other keyword of the schema (and
// the subschemas applied in place) has recorded what it evaluated, they apply to the rest.
import { literal } from './code-snippets.ts';
import type { FunctionBody } from './function-body.ts';
import type { SchemaReader } from './schema-reader.ts';
import { typeTests } from './type-checks.ts';

export function compileUnevaluated(
  body: FunctionBody,
  reader: SchemaReader,
  v: string,
  segments: readonly string[],
  record: string,
): void {
  const properties = reader.schema.unevaluatedProperties;
  if (properties !== undefined) {
    body.compiler.helpers.add('JsonObject');
    body.compiler.helpers.add('isEvaluatedProperty');
    const o = body.variable('o');
    const key = body.variable('k');
    const value = body.variable('v');
    body.emit(
      `if (${typeTests.object(v)}) {`,
      `const ${o} = ${v} as JsonObject;`,
      `for (const ${key} in ${o}) {`,
      `const ${value} = ${o}[${key}];`,
      `if (${value} === undefined || isEvaluatedProperty(${record}, ${key})) continue;`,
    );
    if (properties === false) {
      body.fail(
        [...segments, key],
        literal('unexpected property (no keyword of the schema evaluates it)'),
      );
    } else {
      body.compile(properties, `${reader.pointer}/unevaluatedProperties`, value, [
        ...segments,
        key,
      ]);
    }
    body.emit('}', '}');
  }
  const items = reader.schema.unevaluatedItems;
  if (items !== undefined) {
    body.compiler.helpers.add('isEvaluatedItem');
    const a = body.variable('a');
    const index = body.variable('i');
    const item = body.variable('v');
    body.emit(
      `if (Array.isArray(${v})) {`,
      `const ${a}: readonly unknown[] = ${v};`,
      `for (let ${index} = 0; ${index} < ${a}.length; ${index}++) {`,
      `if (isEvaluatedItem(${record}, ${index})) continue;`,
      `const ${item} = ${a}[${index}];`,
    );
    if (items === false) {
      body.fail(
        [...segments, index],
        literal('unexpected item (no keyword of the schema evaluates it)'),
      );
    } else {
      body.compile(items, `${reader.pointer}/unevaluatedItems`, item, [...segments, index]);
    }
    body.emit('}', '}');
  }
}
