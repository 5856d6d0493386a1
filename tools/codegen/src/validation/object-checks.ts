// Object keywords: `properties` and `required` read each known property once; the keywords
// about all keys are left to `compileKeys`.
import { pointerSegment } from '../openapi-walk.ts';
import { literal } from './code-snippets.ts';
import type { FunctionBody } from './function-body.ts';
import { compileKeys } from './object-key-checks.ts';
import type { SchemaReader } from './schema-reader.ts';
import { isTrivial } from './trivial-schemas.ts';

/** Property names that a plain read would find on Object.prototype. */
const prototypeNames = new Set(Object.getOwnPropertyNames(Object.prototype));

export function compileObject(
  body: FunctionBody,
  reader: SchemaReader,
  v: string,
  segments: readonly string[],
): void {
  const properties = reader.properties();
  const required = new Set(reader.required());
  const additional = reader.schema.additionalProperties;
  const minProperties = reader.count('minProperties');
  const maxProperties = reader.count('maxProperties');
  const relevant = properties.filter(([name, schema]) => required.has(name) || !isTrivial(schema));
  const declared = new Set(properties.map(([name]) => name));
  const propertyNames = reader.schema.propertyNames;
  const needsKeys =
    (additional !== undefined && !isTrivial(additional)) ||
    (propertyNames !== undefined && !isTrivial(propertyNames)) ||
    minProperties !== undefined ||
    maxProperties !== undefined;
  if (relevant.length === 0 && required.size === 0 && !needsKeys) return;

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
    if (required.has(name)) {
      body.emit(`if (${value} === undefined) {`);
      body.fail(childSegments, literal('required property is missing'));
      body.emit(hasChecks ? '} else {' : '}');
    } else {
      body.emit(`if (${value} !== undefined) {`);
    }
    if (hasChecks) {
      body.compile(
        schema,
        `${reader.pointer}/properties/${pointerSegment(name)}`,
        value,
        childSegments,
      );
      body.emit('}');
    }
  }
  if (needsKeys) compileKeys(body, reader, o, declared, segments, minProperties, maxProperties);
}

function readProperty(o: string, name: string): string {
  // An own property only: a name such as "constructor" must not find Object.prototype's.
  if (prototypeNames.has(name))
    return `(Object.hasOwn(${o}, ${literal(name)}) ? ${o}[${literal(name)}] : undefined)`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `${o}.${name}` : `${o}[${literal(name)}]`;
}
