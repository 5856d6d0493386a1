// Keywords about all of an object's keys: `patternProperties`, `additionalProperties`,
// `propertyNames`, `minProperties`, `maxProperties`, checked in one pass over the keys.
import { pointerSegment } from '../openapi-walk.ts';
import type { CheckWriter } from './check-writer.ts';
import { literal, pathAt, plural } from './code-snippets.ts';
import type { KeywordSite } from './keyword-site.ts';
import { isTrivial } from './trivial-schemas.ts';

/** Names of up to this many known properties are compared one by one; more go in a Set. */
const maxInlineNames = 8;

/** The keywords about all keys, in one pass over them. */
/** What the object's other keywords already know about its keys. */
export interface ObjectKeys {
  /** The names `properties` declares. */
  readonly declared: ReadonlySet<string>;
  readonly minProperties: number | undefined;
  readonly maxProperties: number | undefined;
  /** The record of evaluated properties, if anything asks. */
  readonly record: string | undefined;
}

/** The keywords that loop over the keys of the object in variable `o` (the site's value). */
export function compileKeys(site: KeywordSite, o: string, keys: ObjectKeys): void {
  const { body, reader, segments } = site;
  const { declared, minProperties, maxProperties, record } = keys;
  const additional = reader.schema.additionalProperties;
  const counted = minProperties !== undefined || maxProperties !== undefined;
  const key = body.variable('k');
  const count = body.variable('n');
  const value = body.variable('v');
  const checksValues = additional !== undefined && !isTrivial(additional);
  const names = reader.schema.propertyNames;
  const checksNames = names !== undefined && !isTrivial(names);
  const patterns = Object.entries(reader.schemaMap('patternProperties')).map(
    ([source, schema]) => ({
      regex: body.compiler.constant('pattern', `new RegExp(${literal(source)}, 'u')`),
      schema,
      pointer: `${reader.pointer}/patternProperties/${pointerSegment(source)}`,
    }),
  );
  const checksPatterns = patterns.some((pattern) => !isTrivial(pattern.schema));
  if (counted) body.emit(`let ${count} = 0;`);
  body.emit(`for (const ${key} in ${o}) {`);
  // A property set to undefined is absent, as in JSON.stringify.
  const readValue = () =>
    body.emit(`const ${value} = ${o}[${key}];`, `if (${value} === undefined) continue;`);
  const readsFirst = counted || checksNames || patterns.length > 0;
  if (readsFirst) readValue();
  if (counted) body.emit(`${count}++;`);
  if (checksNames) {
    const check = body.subschemaCheck(names, `${reader.pointer}/propertyNames`, 'propertyNames');
    body.compiler.helpers.add('propertyNameIssue');
    body.emit(
      `if (!${body.invoke(check, key, 'p', 'undefined')}) {`,
      'if (e === undefined) return false;',
    );
    body.emit(
      `ok = propertyNameIssue(e, ${pathAt([...segments, key], body.compiler.helpers)}, ${key}, ${check});`,
      '}',
    );
  }
  const tracksMatch = patterns.length > 0 && checksValues;
  const matched = tracksMatch ? body.variable('matched') : '';
  if (tracksMatch) body.emit(`let ${matched} = false;`);
  if (checksPatterns || tracksMatch || (patterns.length > 0 && record !== undefined)) {
    const childSegments = [...segments, key];
    if (record !== undefined) body.compiler.helpers.add('evaluateProperty');
    for (const pattern of patterns) {
      body.emit(`if (${pattern.regex}.test(${key})) {`);
      if (tracksMatch) body.emit(`${matched} = true;`);
      if (record !== undefined) body.emit(`evaluateProperty(${record}, ${key});`);
      body.compile(pattern.schema, pattern.pointer, value, childSegments);
      body.emit('}');
    }
  }
  if (checksValues) {
    const known = [
      ...(declared.size > 0 ? [isDeclared(body, key, declared)] : []),
      ...(tracksMatch ? [matched] : []),
    ];
    if (known.length > 0) body.emit(`if (${known.join(' || ')}) continue;`);
    if (!readsFirst) readValue();
    const childSegments = [...segments, key];
    if (additional === false)
      body.fail(
        childSegments,
        literal('unexpected property (the schema allows no other properties)'),
      );
    else body.compile(additional, `${reader.pointer}/additionalProperties`, value, childSegments);
  }
  body.emit('}');
  if (minProperties !== undefined) {
    body.emit(`if (${count} < ${minProperties}) {`);
    body.fail(
      segments,
      `\`expected at least ${plural(minProperties, 'property', 'properties')}, got \${${count}}\``,
    );
    body.emit('}');
  }
  if (maxProperties !== undefined) {
    body.emit(`if (${count} > ${maxProperties}) {`);
    body.fail(
      segments,
      `\`expected at most ${plural(maxProperties, 'property', 'properties')}, got \${${count}}\``,
    );
    body.emit('}');
  }
}

/** Source that tests whether `key` is one of the `declared` property names. */
export function isDeclared(body: CheckWriter, key: string, declared: ReadonlySet<string>): string {
  const names = [...declared];
  if (names.length <= maxInlineNames)
    return names.map((name) => `${key} === ${literal(name)}`).join(' || ');
  const set = body.compiler.constant('names', `new Set(${literal(names)})`);
  return `${set}.has(${key})`;
}
