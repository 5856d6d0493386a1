// The `type` keyword, and the guards that run each type's keywords only on values of that type.

import { compileArray } from './array-checks.ts';
import { compileApplicators } from './combinator-checks.ts';
import type { KeywordSite } from './keyword-site.ts';
import type { JsonType } from './keywords.ts';
import { compileNumber } from './number-checks.ts';
import { compileObject } from './object-checks.ts';
import { compileString } from './string-checks.ts';
import { typeTests } from './type-tests.ts';
import { compileConst, compileEnum } from './value-checks.ts';

/**
 * Every keyword but `$ref` and `type`. The body has tested `type` already (or a test around
 * established the value's type): each type's keywords are guarded only where that leaves a doubt.
 */
export function compileTyped(site: KeywordSite): void {
  const known = site.body.knownType(site.v);
  const types = known === undefined ? site.reader.types() : [known];
  compileForTypes(site, types === undefined ? undefined : new Set(types));
}

/** Every keyword but `$ref` and `type`; `types` is what `type` already guaranteed. */
function compileForTypes(site: KeywordSite, types: ReadonlySet<JsonType> | undefined): void {
  const { body, v } = site;
  compileConst(site, types);
  compileEnum(site, types);
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
  guarded(allows('string'), only('string'), typeTests.string(v), () => compileString(site));
  guarded(allows('number', 'integer'), only('number', 'integer'), `typeof ${v} === 'number'`, () =>
    compileNumber(site),
  );
  guarded(allows('object'), only('object'), typeTests.object(v), () => compileObject(site));
  guarded(allows('array'), only('array'), typeTests.array(v), () => compileArray(site));
  compileApplicators(site);
}
