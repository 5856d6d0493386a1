// `unevaluatedProperties` and `unevaluatedItems`: after every other keyword of the schema (and
// the subschemas applied in place) has recorded what it evaluated, they apply to the rest.

import type { CheckWriter } from './check-writer.ts';
import { literal } from './code-snippets.ts';
import type { KeywordSite } from './keyword-site.ts';
import { isDeclared } from './object-key-checks.ts';
import type { StaticEvaluation } from './static-evaluation.ts';
import { typeTests } from './type-tests.ts';

/**
 * The checks of unevaluated properties and items, against the run-time record of what was
 * evaluated (a variable name) or what generation already knows.
 */
export function compileUnevaluated(site: KeywordSite, record: string | StaticEvaluation): void {
  const { body, reader, v, segments } = site;
  const properties = reader.schema.unevaluatedProperties;
  const known = typeof record === 'string' ? undefined : record;
  if (properties !== undefined && known?.properties !== 'all') {
    body.compiler.helpers.add('JsonObject');
    const o = body.variable('o');
    const key = body.variable('k');
    const value = body.variable('v');
    // A plain block where the value is already known to be an object.
    body.emit(
      body.knownType(v) === 'object' ? '{' : `if (${typeTests.object(v)}) {`,
      `const ${o} = ${v} as JsonObject;`,
      `for (const ${key} in ${o}) {`,
      // The cheap name test first: an evaluated property's value is never read.
      `if (${evaluatedTest(body, record, key)}) continue;`,
      `const ${value} = ${o}[${key}];`,
      `if (${value} === undefined) continue;`,
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
  if (items !== undefined && known?.items !== 'all') {
    const a = body.variable('a');
    const index = body.variable('i');
    const item = body.variable('v');
    body.emit(
      body.knownType(v) === 'array' ? '{' : `if (Array.isArray(${v})) {`,
      `const ${a}: readonly unknown[] = ${v};`,
      `for (let ${index} = ${known?.items ?? 0}; ${index} < ${a}.length; ${index}++) {`,
    );
    if (typeof record === 'string') {
      body.compiler.helpers.add('isEvaluatedItem');
      body.emit(`if (isEvaluatedItem(${record}, ${index})) continue;`);
    }
    body.emit(`const ${item} = ${a}[${index}];`);
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

/** Source that tests whether property `key` was evaluated. */
function evaluatedTest(body: CheckWriter, record: string | StaticEvaluation, key: string): string {
  if (typeof record === 'string') {
    body.compiler.helpers.add('isEvaluatedProperty');
    return `isEvaluatedProperty(${record}, ${key})`;
  }
  const tests: string[] = [];
  if (record.properties !== 'all' && record.properties.size > 0) {
    tests.push(isDeclared(body, key, record.properties));
  }
  for (const source of record.patterns) {
    const regex = body.compiler.constant('pattern', `new RegExp(${literal(source)}, 'u')`);
    tests.push(`${regex}.test(${key})`);
  }
  return tests.length === 0 ? 'false' : tests.join(' || ');
}
