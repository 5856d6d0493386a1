// String keywords: `minLength`, `maxLength` (in code points), `pattern`, asserted `format`s.

import { literal, plural } from './code-snippets.ts';
import type { KeywordSite } from './keyword-site.ts';
import { stringFormats } from './keywords.ts';
import { patternHint } from './schema-facts.ts';

export function compileString(site: KeywordSite): void {
  const { body, reader, v, segments } = site;
  const min = reader.count('minLength');
  const max = reader.count('maxLength');
  if (min !== undefined || max !== undefined) body.compiler.helpers.add('codePointLength');
  // UTF-16 length bounds the code point count (n/2 ≤ count ≤ n): count only when it matters.
  if (min !== undefined && min > 0) {
    body.emit(`if (${v}.length < ${2 * min} && codePointLength(${v}) < ${min}) {`);
    body.fail(segments, body.expected(`at least ${plural(min, 'character')}`, v));
    body.emit('}');
  }
  if (max !== undefined) {
    body.emit(`if (${v}.length > ${max} && codePointLength(${v}) > ${max}) {`);
    body.fail(segments, body.expected(`at most ${plural(max, 'character')}`, v));
    body.emit('}');
  }
  const pattern = reader.pattern();
  if (pattern !== undefined) {
    const regex = body.compiler.constant('pattern', `new RegExp(${literal(pattern)}, 'u')`);
    const hint = patternHint(reader.schema);
    const what =
      hint === undefined ? `a string matching /${pattern}/` : `${hint} (pattern /${pattern}/)`;
    body.emit(`if (!${regex}.test(${v})) {`);
    body.fail(segments, body.expected(what, v));
    body.emit('}');
  }
  const format = reader.format();
  if (format?.kind === 'string') {
    const entry = stringFormats[format.name];
    const { check, label } = entry;
    if ('library' in entry) body.compiler.libraryFormats.add(check);
    else body.compiler.helpers.add(check);
    body.emit(`if (!${check}(${v})) {`);
    body.fail(segments, body.expected(label, v));
    body.emit('}');
  }
}
