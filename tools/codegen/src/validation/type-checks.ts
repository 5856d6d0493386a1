// The `type` keyword, and the guards that run each type's keywords only on values of that type.

import { compileArray } from './array-checks.ts';
import type { CheckWriter } from './check-writer.ts';
import { compileApplicators } from './combinator-checks.ts';
import type { JsonType } from './keywords.ts';
import { compileNumber } from './number-checks.ts';
import { compileObject } from './object-checks.ts';
import { typeLabel } from './schema-facts.ts';
import type { SchemaReader } from './schema-reader.ts';
import { compileString } from './string-checks.ts';
import { compileConst, compileEnum } from './value-checks.ts';

/** Source that tests whether the value in variable `v` has the JSON type. */
export const typeTests: Record<JsonType, (v: string) => string> = {
  null: (v) => `${v} === null`,
  boolean: (v) => `typeof ${v} === 'boolean'`,
  string: (v) => `typeof ${v} === 'string'`,
  number: (v) => `(typeof ${v} === 'number' && Number.isFinite(${v}))`,
  integer: (v) => `(typeof ${v} === 'number' && Number.isInteger(${v}))`,
  array: (v) => `Array.isArray(${v})`,
  object: (v) => `(typeof ${v} === 'object' && ${v} !== null && !Array.isArray(${v}))`,
};

/** `type`, then every other keyword but `$ref`, within what `type` guarantees. */
export function compileTyped(
  body: CheckWriter,
  reader: SchemaReader,
  v: string,
  segments: readonly string[],
): void {
  const types = reader.types();
  if (types === undefined) {
    compileForTypes(body, reader, undefined, v, segments);
    return;
  }
  body.emit(`if (!(${types.map((type) => typeTests[type](v)).join(' || ')})) {`);
  body.failValue(segments, body.expected(typeLabel(types), v), v);
  body.emit('} else {');
  const inner = body.lineCount;
  compileForTypes(body, reader, new Set(types), v, segments);
  if (body.lineCount === inner) body.replaceLastLine('}');
  else body.emit('}');
}

/** Every keyword but `$ref` and `type`; `types` is what `type` already guaranteed. */
function compileForTypes(
  body: CheckWriter,
  reader: SchemaReader,
  types: ReadonlySet<JsonType> | undefined,
  v: string,
  segments: readonly string[],
): void {
  compileConst(body, reader, types, v, segments);
  compileEnum(body, reader, types, v, segments);
  const allows = (...wanted: JsonType[]) =>
    types === undefined || wanted.some((type) => types.has(type));
  const only = (...wanted: JsonType[]) =>
    types !== undefined && [...types].every((type) => wanted.includes(type));
  const guarded = (applies: boolean, exact: boolean, test: string, compile: () => void) => {
    if (!applies) return;
    const start = body.lineCount;
    if (!exact) body.emit(`if (${test}) {`);
    const inner = body.lineCount;
    compile();
    if (body.lineCount === inner) body.truncate(start);
    else if (!exact) body.emit('}');
  };
  guarded(allows('string'), only('string'), typeTests.string(v), () =>
    compileString(body, reader, v, segments),
  );
  guarded(allows('number', 'integer'), only('number', 'integer'), `typeof ${v} === 'number'`, () =>
    compileNumber(body, reader, v, segments),
  );
  guarded(allows('object'), only('object'), typeTests.object(v), () =>
    compileObject(body, reader, v, segments),
  );
  guarded(allows('array'), only('array'), typeTests.array(v), () =>
    compileArray(body, reader, v, segments),
  );
  compileApplicators(body, reader, v, segments);
}
