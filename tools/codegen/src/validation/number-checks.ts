import type { KeywordSite } from './keyword-site.ts';
import { numberFormats } from './keywords.ts';

export function compileNumber(site: KeywordSite): void {
  const { body, reader, v, segments } = site;
  const bounds: [failing: string, what: string][] = [];
  const minimum = reader.number('minimum');
  const maximum = reader.number('maximum');
  const exclusiveMinimum = reader.number('exclusiveMinimum');
  const exclusiveMaximum = reader.number('exclusiveMaximum');
  if (minimum !== undefined) bounds.push([`${v} < ${minimum}`, `at least ${minimum}`]);
  if (exclusiveMinimum !== undefined)
    bounds.push([`${v} <= ${exclusiveMinimum}`, `more than ${exclusiveMinimum}`]);
  if (maximum !== undefined) bounds.push([`${v} > ${maximum}`, `at most ${maximum}`]);
  if (exclusiveMaximum !== undefined)
    bounds.push([`${v} >= ${exclusiveMaximum}`, `less than ${exclusiveMaximum}`]);
  const format = reader.format();
  if (format?.kind === 'number') {
    const range = numberFormats[format.name];
    bounds.push([`${v} < ${range.min} || ${v} >= ${range.below}`, range.label]);
  }
  const multipleOf = reader.multipleOf();
  if (multipleOf !== undefined) {
    body.compiler.helpers.add('isMultipleOf');
    bounds.push([`!isMultipleOf(${v}, ${multipleOf})`, `a multiple of ${multipleOf}`]);
  }
  for (const [failing, what] of bounds) {
    body.emit(`if (${failing}) {`);
    body.fail(segments, body.expected(what, v));
    body.emit('}');
  }
}
