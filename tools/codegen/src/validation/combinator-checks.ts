// Combinators: `allOf` compiled in place, `anyOf`/`oneOf` as calls to one check per
// alternative (with a table for the failure message), and `not`.
import { literal, pathAt } from './code-snippets.ts';
import type { FunctionBody } from './function-body.ts';
import { haveDisjointTypes, possibleTypes, schemaLabel } from './schema-facts.ts';
import type { SchemaReader } from './schema-reader.ts';

export function compileApplicators(
  body: FunctionBody,
  reader: SchemaReader,
  v: string,
  segments: readonly string[],
): void {
  reader.schemaList('allOf')?.forEach((part, index) => {
    body.compile(part, `${reader.pointer}/allOf/${index}`, v, segments);
  });
  const anyOf = reader.schemaList('anyOf');
  if (anyOf !== undefined) compileAlternatives(body, 'anyOf', anyOf, reader, v, segments);
  const oneOf = reader.schemaList('oneOf');
  if (oneOf !== undefined) compileAlternatives(body, 'oneOf', oneOf, reader, v, segments);
  if (reader.has('not')) {
    const check = body.subschemaCheck(reader.schema.not, `${reader.pointer}/not`, 'not');
    body.emit(`if (${check}(${v}, p, undefined)) {`);
    body.failValue(
      segments,
      body.expected(
        `a value that does not match the "not" schema (${schemaLabel(reader.schema.not, 0)})`,
        v,
      ),
      v,
    );
    body.emit('}');
  }
}

function compileAlternatives(
  body: FunctionBody,
  keyword: 'anyOf' | 'oneOf',
  parts: readonly unknown[],
  reader: SchemaReader,
  v: string,
  segments: readonly string[],
): void {
  const compiler = body.compiler;
  const typeSets = parts.map((part) => possibleTypes(compiler.document, part));
  const entries = parts.map((part, index) => {
    const check = body.subschemaCheck(
      part,
      `${reader.pointer}/${keyword}/${index}`,
      `${keyword}${index}`,
    );
    const types = typeSets[index];
    return {
      check,
      types: types === undefined ? 'undefined' : literal([...types].sort()),
      label: literal(schemaLabel(part, index)),
    };
  });
  const table = compiler.constant(
    'alternatives',
    `[${entries.map((entry) => `{ check: ${entry.check}, types: ${entry.types}, label: ${entry.label} }`).join(', ')}]`,
    'readonly Alternative[]',
  );
  compiler.helpers.add('Alternative');
  compiler.helpers.add('noAlternativeMatched');
  const path = pathAt(segments);
  const calls = entries.map((entry) => `${entry.check}(${v}, p, undefined)`);
  // anyOf, and oneOf whose alternatives accept disjoint types, stop at the first match.
  if (keyword === 'anyOf' || haveDisjointTypes(typeSets)) {
    body.emit(`if (!(${calls.join(' || ')})) {`);
    body.emit(
      'if (e === undefined) return false;',
      `ok = noAlternativeMatched(e, ${path}, ${v}, ${table});`,
    );
    body.breakOnHole(v);
    body.emit('}');
    return;
  }
  compiler.helpers.add('severalAlternativesMatched');
  const matches = body.variable('m');
  body.emit(`const ${matches} = ${calls.map((call) => `(${call} ? 1 : 0)`).join(' + ')};`);
  body.emit(`if (${matches} !== 1) {`, 'if (e === undefined) return false;');
  body.emit(
    `ok = ${matches} === 0 ? noAlternativeMatched(e, ${path}, ${v}, ${table}) : severalAlternativesMatched(e, ${path}, ${v}, ${table});`,
  );
  body.breakOnHole(v);
  body.emit('}');
}
