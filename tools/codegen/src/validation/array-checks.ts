// Array keywords: `minItems`, `maxItems`, `prefixItems`, `items` as a loop over the rest,
// `contains` with `minContains`/`maxContains`, and `uniqueItems`.

import { literal, plural } from './code-snippets.ts';
import type { KeywordSite } from './keyword-site.ts';
import { isTrivial } from './trivial-schemas.ts';

export function compileArray(site: KeywordSite): void {
  const { body, reader, v, segments } = site;
  const min = reader.count('minItems');
  const max = reader.count('maxItems');
  const items = reader.schema.items;
  const prefixItems = reader.schemaList('prefixItems') ?? [];
  const record = body.recordFor(v);
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
  prefixItems.forEach((schema, index) => {
    if (isTrivial(schema)) return;
    const item = body.variable('v');
    body.emit(`if (${a}.length > ${index}) {`, `const ${item} = ${a}[${index}];`);
    body.compile(schema, `${reader.pointer}/prefixItems/${index}`, item, [...segments, `${index}`]);
    body.emit('}');
  });
  if (items === false) {
    const first = prefixItems.length;
    body.emit(`if (${a}.length > ${first}) {`);
    body.fail(
      [...segments, `${first}`],
      literal(`unexpected item (the schema allows at most ${plural(first, 'item')})`),
    );
    body.emit('}');
  } else if (items !== undefined && !isTrivial(items)) {
    compileItemLoop(site, items, a, prefixItems.length);
  }
  compileContains(site, a, record);
  if (reader.schema.uniqueItems === true) {
    body.compiler.helpers.add('duplicateItems');
    const pair = body.variable('duplicate');
    body.emit(`const ${pair} = ${a}.length > 1 ? duplicateItems(${a}) : undefined;`);
    body.emit(`if (${pair} !== undefined) {`);
    body.fail(
      segments,
      `\`expected unique items, but items \${${pair}[0]} and \${${pair}[1]} are equal\``,
    );
    body.emit('}');
  }
  if (record !== undefined) {
    if (items !== undefined) body.emit(`${record}.items = true;`);
    else if (prefixItems.length > 0) {
      body.compiler.helpers.add('evaluateItems');
      body.emit(`evaluateItems(${record}, Math.min(${a}.length, ${prefixItems.length}));`);
    }
  }
  if (body.lineCount === before) body.truncate(start);
}

/**
 * `items`: every element from `first` on, in a loop. Items that come through a `$dynamicRef`
 * get one loop per candidate compiled in place, chosen once before looping, and one that calls.
 */
function compileItemLoop(site: KeywordSite, items: unknown, a: string, first: number): void {
  const { body, reader, segments } = site;
  const pointer = `${reader.pointer}/items`;
  const loop = (schema: unknown, location: string) => {
    const index = body.variable('i');
    const length = body.variable('n');
    const item = body.variable('v');
    body.emit(
      `for (let ${index} = ${first}, ${length} = ${a}.length; ${index} < ${length}; ${index}++) {`,
      `const ${item} = ${a}[${index}];`,
    );
    body.inLoopOver(item, () => body.compile(schema, location, item, [...segments, index]));
    body.emit('}');
  };
  const choices = body.dynamicChoices(items, pointer);
  if (choices.length === 0) {
    loop(items, pointer);
    return;
  }
  choices.forEach(({ chosen, location }, index) => {
    body.emit(`${index === 0 ? '' : '} else '}if (${chosen}) {`);
    loop(body.compiler.registry.node(location), location);
  });
  body.emit('} else {');
  body.callingDynamicTargets(() => loop(items, pointer));
  body.emit('}');
}

/** `contains` counts the matching items; `minContains` (default 1) and `maxContains` bound it. */
function compileContains(site: KeywordSite, a: string, record: string | undefined): void {
  const { body, reader, segments } = site;
  if (!reader.has('contains')) return;
  const min = reader.count('minContains') ?? 1;
  const max = reader.count('maxContains');
  if (min === 0 && max === undefined && record === undefined) return;
  const check = body.subschemaCheck(
    reader.schema.contains,
    `${reader.pointer}/contains`,
    'contains',
  );
  const count = body.variable('matches');
  const index = body.variable('i');
  body.emit(`let ${count} = 0;`, `for (let ${index} = 0; ${index} < ${a}.length; ${index}++) {`);
  body.emit(`if (${body.invoke(check, `${a}[${index}]`, 'p', 'undefined')}) {`, `${count}++;`);
  if (record !== undefined) {
    body.compiler.helpers.add('evaluateIndex');
    body.emit(`evaluateIndex(${record}, ${index});`);
  } else if (max === undefined) {
    body.emit(`if (${count} >= ${min}) break;`);
  }
  body.emit('}', '}');
  const what = (bound: string, n: number) =>
    `\`expected ${bound} ${plural(n, 'item')} matching "contains", got \${${count}}\``;
  if (min > 0) {
    body.emit(`if (${count} < ${min}) {`);
    body.fail(segments, what('at least', min));
    body.emit('}');
  }
  if (max !== undefined) {
    body.emit(`if (${count} > ${max}) {`);
    body.fail(segments, what('at most', max));
    body.emit('}');
  }
}
