// In-place applicators: `allOf` compiled in place (first, with `$ref`), `anyOf`/`oneOf` as calls
// to one check per alternative (with a table for the failure message), `not`, `if`/`then`/`else`.

import { literal, pathAt } from './code-snippets.ts';
import type { KeywordSite } from './keyword-site.ts';
import { type BaseType, haveDisjointTypes, possibleTypes, schemaLabel } from './schema-facts.ts';
import { typeTests } from './type-tests.ts';

/**
 * `allOf`, compiled in place. It runs with `$ref`, before the schema's other keywords, so that
 * `allOf: [{ $ref }]` and a `$ref` beside other keywords (the same schema in 2020-12) compile
 * alike.
 */
export function compileAllOf(site: KeywordSite): void {
  const { body, reader, v, segments } = site;
  reader.schemaList('allOf')?.forEach((part, index) => {
    body.compile(part, `${reader.pointer}/allOf/${index}`, v, segments);
  });
}

/** The other in-place applicators: `anyOf`, `oneOf`, `not`, `if`/`then`/`else`. */
export function compileApplicators(site: KeywordSite): void {
  const { body, reader, v, segments } = site;
  const anyOf = reader.schemaList('anyOf');
  if (anyOf !== undefined) compileAlternatives(site, 'anyOf', anyOf);
  const oneOf = reader.schemaList('oneOf');
  if (oneOf !== undefined) compileAlternatives(site, 'oneOf', oneOf);
  if (reader.has('not')) {
    const check = body.subschemaCheck(reader.schema.not, `${reader.pointer}/not`, 'not');
    body.emit(`if (${body.invoke(check, v, 'p', 'undefined')}) {`);
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
  compileCondition(site);
}

/** `if`/`then`/`else`: `then` applies when `if` matches, `else` when it does not. */
function compileCondition(site: KeywordSite): void {
  const { body, reader, v, segments } = site;
  if (!reader.has('if')) return;
  const record = body.recordFor(v);
  if (!reader.has('then') && !reader.has('else') && record === undefined) return;
  const check = body.subschemaCheck(
    reader.schema.if,
    `${reader.pointer}/if`,
    'if',
    record !== undefined,
  );
  const start = body.lineCount;
  if (record === undefined) {
    body.emit(`if (${body.invoke(check, v, 'p', 'undefined')}) {`);
  } else {
    // What `if` evaluated counts only when it matched.
    const own = body.variable('evaluated');
    body.compiler.helpers.add('evaluated');
    body.compiler.helpers.add('Evaluated');
    body.compiler.helpers.add('mergeEvaluated');
    body.emit(`const ${own}: Evaluated = evaluated();`);
    body.emit(`if (${body.invoke(check, v, 'p', 'undefined', own)}) {`);
    body.emit(`mergeEvaluated(${record}, ${own});`);
  }
  const inner = body.lineCount;
  if (reader.has('then')) body.compile(reader.schema.then, `${reader.pointer}/then`, v, segments);
  body.emit('} else {');
  const elseStart = body.lineCount;
  if (reader.has('else')) body.compile(reader.schema.else, `${reader.pointer}/else`, v, segments);
  if (body.lineCount === elseStart) {
    if (elseStart - 1 === inner && record === undefined) body.truncate(start);
    else body.replaceLastLine('}');
  } else {
    body.emit('}');
  }
}

function compileAlternatives(
  site: KeywordSite,
  keyword: 'anyOf' | 'oneOf',
  parts: readonly unknown[],
): void {
  const { body, reader, v, segments } = site;
  const compiler = body.compiler;
  const record = body.recordFor(v);
  const typeSets = parts.map((part) => possibleTypes(compiler.resolveRef, part));
  const entries = parts.map((part, index) => {
    const pointer = `${reader.pointer}/${keyword}/${index}`;
    const check = body.subschemaCheck(part, pointer, `${keyword}${index}`);
    const types = typeSets[index];
    return {
      check,
      evaluating:
        record === undefined
          ? undefined
          : body.subschemaCheck(part, pointer, `${keyword}${index}`, true),
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
  const path = pathAt(segments, compiler.helpers);
  const calls = entries.map((entry) => body.invoke(entry.check, v, 'p', 'undefined'));
  let matches = '';
  if (record !== undefined) {
    matches = body.variable('m');
    // Every alternative runs: each one that matches adds what it evaluated.
    compiler.helpers.add('evaluated');
    compiler.helpers.add('Evaluated');
    compiler.helpers.add('mergeEvaluated');
    body.emit(`let ${matches} = 0;`);
    for (const entry of entries) {
      const own = body.variable('evaluated');
      body.emit(
        `const ${own}: Evaluated = evaluated();`,
        `if (${body.invoke(entry.evaluating ?? entry.check, v, 'p', 'undefined', own)}) {`,
        `${matches}++;`,
        `mergeEvaluated(${record}, ${own});`,
        '}',
      );
    }
  } else if (keyword === 'anyOf' || haveDisjointTypes(typeSets)) {
    // anyOf, and oneOf whose alternatives accept disjoint types, stop at the first match; with
    // disjoint types the value's type picks the one alternative worth calling.
    const chosen = haveDisjointTypes(typeSets)
      ? `${calls.map((call, index) => `${typeTest(typeSets[index], v)} ? ${call} : `).join('')}false`
      : calls.join(' || ');
    body.emit(`if (!(${chosen})) {`);
    body.emit(
      'if (e === undefined) return false;',
      `ok = noAlternativeMatched(e, ${path}, ${v}, ${table});`,
    );
    body.breakOnHole(v);
    body.emit('}');
    return;
  } else {
    matches = body.variable('m');
    body.emit(`const ${matches} = ${calls.map((call) => `(${call} ? 1 : 0)`).join(' + ')};`);
  }
  const failing = keyword === 'anyOf' ? `${matches} === 0` : `${matches} !== 1`;
  body.emit(`if (${failing}) {`, 'if (e === undefined) return false;');
  if (keyword === 'anyOf') {
    body.emit(`ok = noAlternativeMatched(e, ${path}, ${v}, ${table});`);
  } else {
    compiler.helpers.add('severalAlternativesMatched');
    body.emit(
      `ok = ${matches} === 0 ? noAlternativeMatched(e, ${path}, ${v}, ${table}) : severalAlternativesMatched(e, ${path}, ${v}, ${table});`,
    );
  }
  body.breakOnHole(v);
  body.emit('}');
}

/** Source that tests whether `v` has one of the types (all of them are known: disjoint sets). */
function typeTest(types: ReadonlySet<BaseType> | undefined, v: string): string {
  return [...(types ?? [])].map((type) => typeTests[type](v)).join(' || ') || 'false';
}
