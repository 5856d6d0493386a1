// `const` and `enum`: the value must equal one of a fixed list of JSON values.

import type { CheckWriter } from './check-writer.ts';
import { literal } from './code-snippets.ts';
import type { KeywordSite } from './keyword-site.ts';
import type { JsonType } from './keywords.ts';

export function compileConst(site: KeywordSite, types: ReadonlySet<JsonType> | undefined): void {
  const { reader } = site;
  if (!reader.has('const')) return;
  compileMembers(site, [reader.schema.const], types, literal(reader.schema.const));
}

export function compileEnum(site: KeywordSite, types: ReadonlySet<JsonType> | undefined): void {
  const { reader } = site;
  const values = reader.enumValues();
  if (values === undefined) return;
  const shown = values.slice(0, 10).map(literal).join(', ') + (values.length > 10 ? ', …' : '');
  const what =
    values.length === 0
      ? 'no value (the enum is empty)'
      : values.length === 1
        ? shown
        : `one of ${shown}`;
  compileMembers(site, values, types, what);
}

/**
 * The value must equal one of `values`. Members `type` already rules out are left out: they
 * could never match, and TypeScript rejects comparing a narrowed value with them.
 */
function compileMembers(
  site: KeywordSite,
  values: readonly unknown[],
  types: ReadonlySet<JsonType> | undefined,
  what: string,
): void {
  const { body, v, segments } = site;
  const possible = values.filter(
    (value) => types === undefined || [...types].some((type) => typeAdmits(type, value)),
  );
  body.emit(
    possible.length === 0
      ? '{'
      : `if (!(${possible.map((value) => equals(body, v, value)).join(' || ')})) {`,
  );
  body.failValue(segments, body.expected(what, v), v);
  body.emit('}');
}

/** JSON equality with a constant: `===` for primitives, the runtime's deep compare otherwise. */
function equals(body: CheckWriter, v: string, value: unknown): string {
  if (typeof value !== 'object' || value === null) return `${v} === ${literal(value)}`;
  body.compiler.helpers.add('jsonEqual');
  return `jsonEqual(${v}, ${body.compiler.constant('value', literal(value))})`;
}

/** Whether a value of JSON type `type` can equal `value`. */
function typeAdmits(type: JsonType, value: unknown): boolean {
  if (value === null) return type === 'null';
  if (Array.isArray(value)) return type === 'array';
  if (typeof value === 'number')
    return type === 'number' || (type === 'integer' && Number.isInteger(value));
  return typeof value === type;
}
