// Object keywords: `properties`, `required` and `dependentRequired` read each known property
// once; `dependentSchemas` applies when its property is present; the keywords about all keys
// are left to `compileKeys`.
import { pointerSegment } from '../openapi-walk.ts';
import type { CheckWriter } from './check-writer.ts';
import { literal } from './code-snippets.ts';
import type { KeywordSite } from './keyword-site.ts';
import { compileKeys } from './object-key-checks.ts';
import { isTrivial } from './trivial-schemas.ts';

/** Property names that a plain read would find on Object.prototype. */
const prototypeNames = new Set(Object.getOwnPropertyNames(Object.prototype));

export function compileObject(site: KeywordSite): void {
  const { body, reader, v, segments } = site;
  const properties = reader.properties();
  const required = new Set(reader.required());
  const dependentRequired = reader.dependentRequired();
  const dependentSchemas = reader.dependentSchemas();
  const patternSchemas = reader.schemaMap('patternProperties');
  const patterns = Object.keys(patternSchemas);
  const patternsTrivial = Object.values(patternSchemas).every(isTrivial);
  const additional = reader.schema.additionalProperties;
  const minProperties = reader.count('minProperties');
  const maxProperties = reader.count('maxProperties');
  const relevant = properties.filter(([name, schema]) => required.has(name) || !isTrivial(schema));
  const declared = new Set(properties.map(([name]) => name));
  const propertyNames = reader.schema.propertyNames;
  const record = body.recordFor(v);
  const needsKeys =
    (additional !== undefined && !isTrivial(additional)) ||
    (propertyNames !== undefined && !isTrivial(propertyNames)) ||
    (patterns.length > 0 && (record !== undefined || !patternsTrivial)) ||
    minProperties !== undefined ||
    maxProperties !== undefined;
  if (
    relevant.length === 0 &&
    required.size === 0 &&
    dependentRequired.length === 0 &&
    dependentSchemas.length === 0 &&
    !needsKeys &&
    (record === undefined ||
      (declared.size === 0 && additional === undefined && patterns.length === 0))
  ) {
    return;
  }

  body.compiler.helpers.add('JsonObject');
  const o = body.variable('o');
  body.emit(`const ${o} = ${v} as JsonObject;`);
  const schemas = new Map(properties);
  for (const name of new Set([...relevant.map(([name]) => name), ...required])) {
    const value = body.variable('v');
    const childSegments = [...segments, literal(name)];
    body.emit(`const ${value} = ${readProperty(o, name)};`);
    const schema = schemas.get(name);
    const hasChecks = schema !== undefined && !isTrivial(schema);
    const pointer = `${reader.pointer}/properties/${pointerSegment(name)}`;
    if (
      required.has(name) &&
      hasChecks &&
      body.compileRequired(schema, pointer, value, childSegments)
    ) {
      continue;
    }
    if (required.has(name)) {
      body.emit(`if (${value} === undefined) {`);
      body.fail(childSegments, literal('required property is missing'));
      body.emit(hasChecks ? '} else {' : '}');
    } else {
      body.emit(`if (${value} !== undefined) {`);
    }
    if (hasChecks) {
      body.compile(schema, pointer, value, childSegments);
      body.emit('}');
    }
  }
  for (const [name, names] of dependentRequired) {
    if (names.length === 0) continue;
    body.emit(`if (${readProperty(o, name)} !== undefined) {`);
    for (const wanted of names) {
      body.emit(`if (${readProperty(o, wanted)} === undefined) {`);
      body.fail(
        [...segments, literal(wanted)],
        literal(`required property is missing (required when ${JSON.stringify(name)} is present)`),
      );
      body.emit('}');
    }
    body.emit('}');
  }
  for (const [name, schema] of dependentSchemas) {
    if (isTrivial(schema) && record === undefined) continue;
    const start = body.lineCount;
    body.emit(`if (${readProperty(o, name)} !== undefined) {`);
    const inner = body.lineCount;
    body.compile(schema, `${reader.pointer}/dependentSchemas/${pointerSegment(name)}`, v, segments);
    if (body.lineCount === inner) body.truncate(start);
    else body.emit('}');
  }
  if (needsKeys) compileKeys(site, o, { declared, minProperties, maxProperties, record });
  if (record !== undefined) recordProperties(body, record, o, declared, additional !== undefined);
}

/** Notes the properties `properties` and `additionalProperties` evaluated (patterns: compileKeys). */
function recordProperties(
  body: CheckWriter,
  record: string,
  o: string,
  declared: ReadonlySet<string>,
  hasAdditional: boolean,
): void {
  if (hasAdditional) {
    body.emit(`${record}.properties = true;`);
    return;
  }
  body.compiler.helpers.add('evaluateProperty');
  for (const name of declared) {
    body.emit(
      `if (${readProperty(o, name)} !== undefined) evaluateProperty(${record}, ${literal(name)});`,
    );
  }
}

export function readProperty(o: string, name: string): string {
  // An own property only: a name such as "constructor" must not find Object.prototype's.
  if (prototypeNames.has(name))
    return `(Object.hasOwn(${o}, ${literal(name)}) ? ${o}[${literal(name)}] : undefined)`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `${o}.${name}` : `${o}[${literal(name)}]`;
}
