// Turns schemas into straight-line check functions. Each function has the signature of the
// runtime's `Check`: (v, p, e) => boolean. With `e` undefined it returns false at the first
// problem; with an array it records every problem and keeps going.
import { CodegenError } from '../errors.ts';
import { isObject, type JsonObject, pointerSegment } from '../openapi-walk.ts';
import { annotationKeywords, type JsonType, numberFormats, stringFormats } from './keywords.ts';
import {
  haveDisjointTypes,
  patternHint,
  possibleTypes,
  schemaLabel,
  typeLabel,
} from './schema-facts.ts';
import { resolvePointer, SchemaReader } from './schema-reader.ts';

/** Property names that a plain read would find on Object.prototype. */
const prototypeNames = new Set(Object.getOwnPropertyNames(Object.prototype));

const typeTests: Record<JsonType, (v: string) => string> = {
  null: (v) => `${v} === null`,
  boolean: (v) => `typeof ${v} === 'boolean'`,
  string: (v) => `typeof ${v} === 'string'`,
  number: (v) => `(typeof ${v} === 'number' && Number.isFinite(${v}))`,
  integer: (v) => `(typeof ${v} === 'number' && Number.isInteger(${v}))`,
  array: (v) => `Array.isArray(${v})`,
  object: (v) => `(typeof ${v} === 'object' && ${v} !== null && !Array.isArray(${v}))`,
};

const literal = (value: unknown): string => JSON.stringify(value);

/** Names of up to this many known properties are compared one by one; more go in a Set. */
const maxInlineNames = 8;

/**
 * A `$ref` whose schema (its own refs included) has at most this many subschemas is compiled
 * into the referencing function instead of called: V8 does not inline a large check, and a call
 * per nested object cost a third of the verdict on the gateway's update response.
 */
const maxInlinedSubschemas = 48;

/** The module's check functions and the constants they share, built on demand. */
export class CheckCompiler {
  private readonly functions: string[] = [];
  private readonly constants: string[] = [];
  private readonly functionNames = new Map<string, string>();
  private readonly takenNames = new Set<string>();
  /** Per base name, the first suffix `uniqueName` has not tried yet. */
  private readonly nextSuffix = new Map<string, number>();
  private readonly constantNames = new Map<string, string>();
  /** Per pointer, its subschema count with its refs followed (Infinity: on a ref cycle). */
  private readonly sizes = new Map<string, number>();
  /** Runtime helpers the generated code calls. */
  readonly helpers = new Set<string>(['addIssue']);

  readonly document: unknown;
  readonly specFile: string;

  constructor(document: unknown, specFile: string) {
    this.document = document;
    this.specFile = specFile;
  }

  /** The name of the check function of the schema at `pointer`, compiled on first use. */
  checkFor(
    pointer: string,
    preferredName: string,
    schema = resolvePointer(this.document, pointer),
  ): string {
    const known = this.functionNames.get(pointer);
    if (known !== undefined) return known;
    if (schema === undefined) {
      throw new CodegenError({
        file: this.specFile,
        pointer,
        expected: 'a schema at the referenced location',
        message: 'unresolvable $ref',
      });
    }
    const name = this.uniqueName(preferredName);
    // Registered before compiling so that recursive schemas call themselves.
    this.functionNames.set(pointer, name);
    const body = new FunctionBody(this, name, pointer);
    body.compile(schema, pointer, 'v', []);
    this.functions.push(body.render());
    return name;
  }

  /** A module-level constant (regex, JSON value, name set, alternatives), shared when equal. */
  constant(prefix: string, code: string, type?: string): string {
    const key = `${prefix}:${code}`;
    const known = this.constantNames.get(key);
    if (known !== undefined) return known;
    const name = `${prefix}${this.constantNames.size}`;
    this.constantNames.set(key, name);
    this.constants.push(`const ${name}${type === undefined ? '' : `: ${type}`} = ${code};`);
    return name;
  }

  /**
   * Whether the schema at `pointer` is compiled where it is referenced: small, on no `$ref`
   * cycle (a recursive schema needs its function), and with no array loop of its own: V8 inlines
   * the loop's function into the caller, and in a large caller the loop ran ~25% slower.
   */
  inlines(pointer: string): boolean {
    const schema = resolvePointer(this.document, pointer);
    if (!isObject(schema) || hasItems(schema)) return false;
    return this.size(pointer, new Set()) <= maxInlinedSubschemas;
  }

  private size(pointer: string, stack: ReadonlySet<string>): number {
    const known = this.sizes.get(pointer);
    if (known !== undefined) return known;
    if (stack.has(pointer)) return Number.POSITIVE_INFINITY;
    const inner = new Set([...stack, pointer]);
    const count = (node: unknown): number => {
      if (Array.isArray(node)) return node.reduce((sum: number, item) => sum + count(item), 0);
      if (!isObject(node)) return 0;
      let total = 1;
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith('#')) {
          total += this.size(decodeURIComponent(value.slice(1)), inner);
        } else if (!annotationOnly.has(key) && !key.startsWith('x-')) {
          total += count(value);
        }
      }
      return total;
    };
    const size = count(resolvePointer(this.document, pointer));
    this.sizes.set(pointer, size);
    return size;
  }

  uniqueName(preferred: string): string {
    const base = preferred.replace(/[^A-Za-z0-9_$]/g, '_');
    // Names are never released, so the suffixes below the last one tried for a base stay taken:
    // resuming there gives the same names as probing from 2, without the quadratic rescans
    // (a thousand parameters named `check_parameters_0_schema` took ~1 s).
    let suffix = this.nextSuffix.get(base) ?? 2;
    let name = this.takenNames.has(base) ? `${base}${suffix}` : base;
    while (this.takenNames.has(name)) name = `${base}${++suffix}`;
    if (name !== base) this.nextSuffix.set(base, suffix + 1);
    this.takenNames.add(name);
    return name;
  }

  /** Constants first (they only refer to functions, which are hoisted), then the functions. */
  render(): string {
    return [...this.constants, '', ...this.functions].join('\n');
  }
}

/** The statements of one check function. */
class FunctionBody {
  private readonly lines: string[] = [];
  private variables = 0;
  private readonly compiler: CheckCompiler;
  private readonly name: string;
  private readonly pointer: string;
  /**
   * The item variable of the array loop being compiled. A failure on it that could be a hole
   * (undefined) ends the loop, so a sparse array gets one issue, not one per hole.
   */
  private loopItem: string | undefined;

  constructor(compiler: CheckCompiler, name: string, pointer: string) {
    this.compiler = compiler;
    this.name = name;
    this.pointer = pointer;
  }

  render(): string {
    return [
      `function ${this.name}(v: unknown, p: Path, e: Issue[] | undefined): boolean {`,
      'let ok = true;',
      ...this.lines,
      'return ok;',
      '}',
    ].join('\n');
  }

  private emit(...lines: string[]): void {
    this.lines.push(...lines);
  }

  private variable(prefix: string): string {
    return `${prefix}${++this.variables}`;
  }

  /** Records an issue at `segments` (fast mode: fail at once). */
  private fail(segments: readonly string[], message: string): void {
    this.emit(
      'if (e === undefined) return false;',
      `ok = addIssue(e, ${pathAt(segments)}, ${message});`,
    );
  }

  /** Records an issue about the value `v` itself. */
  private failValue(segments: readonly string[], message: string, v: string): void {
    this.fail(segments, message);
    this.breakOnHole(v);
  }

  private breakOnHole(v: string): void {
    if (v === this.loopItem) this.emit(`if (${v} === undefined) break;`);
  }

  /** `expected <what>, got <value>`. */
  private expected(what: string, value: string): string {
    this.compiler.helpers.add('expected');
    return `expected(${literal(what)}, ${value})`;
  }

  /** Runs another check function on `value`; its failure is this function's failure. */
  private call(check: string, value: string, segments: readonly string[]): void {
    this.emit(
      `if (!${check}(${value}, ${childPath(segments)}, e)) {`,
      'if (e === undefined) return false;',
      'ok = false;',
    );
    this.breakOnHole(value);
    this.emit('}');
  }

  compile(schema: unknown, pointer: string, v: string, segments: readonly string[]): void {
    if (schema === true) return;
    if (schema === false) {
      this.failValue(segments, this.expected('no value here (the schema is false)', v), v);
      return;
    }
    if (!isObject(schema)) {
      throw new CodegenError({
        file: this.compiler.specFile,
        pointer,
        expected: 'a schema (an object or a boolean)',
        message: `invalid schema ${literal(schema)}`,
      });
    }
    const reader = new SchemaReader(this.compiler.specFile, schema, pointer);
    reader.validateAll();
    // A loop over items gets a function of its own: V8 optimizes a small loop function much
    // better than the same loop inside a large function (measured: ~30% on 10,000 strings).
    if (pointer !== this.pointer && schema.items !== undefined && !isTrivial(schema.items)) {
      const suffix = pointer.slice(pointer.lastIndexOf('/') + 1).replace(/[^A-Za-z0-9_$]/g, '_');
      this.call(this.compiler.checkFor(pointer, `${this.name}_${suffix}`, schema), v, segments);
      return;
    }
    const ref = reader.ref();
    if (ref !== undefined) {
      if (ref !== this.pointer && this.compiler.inlines(ref)) {
        this.compile(resolvePointer(this.compiler.document, ref), ref, v, segments);
      } else {
        this.call(this.compiler.checkFor(ref, checkName(ref)), v, segments);
      }
    }

    const types = reader.types();
    if (types === undefined) {
      this.compileForTypes(reader, undefined, v, segments);
      return;
    }
    this.emit(`if (!(${types.map((type) => typeTests[type](v)).join(' || ')})) {`);
    this.failValue(segments, this.expected(typeLabel(types), v), v);
    this.emit('} else {');
    const inner = this.lines.length;
    this.compileForTypes(reader, new Set(types), v, segments);
    if (this.lines.length === inner) this.lines[inner - 1] = '}';
    else this.emit('}');
  }

  /** Every keyword but `$ref` and `type`; `types` is what `type` already guaranteed. */
  private compileForTypes(
    reader: SchemaReader,
    types: ReadonlySet<JsonType> | undefined,
    v: string,
    segments: readonly string[],
  ): void {
    this.compileConst(reader, types, v, segments);
    this.compileEnum(reader, types, v, segments);
    const allows = (...wanted: JsonType[]) =>
      types === undefined || wanted.some((type) => types.has(type));
    const only = (...wanted: JsonType[]) =>
      types !== undefined && [...types].every((type) => wanted.includes(type));
    const guarded = (applies: boolean, exact: boolean, test: string, body: () => void) => {
      if (!applies) return;
      const start = this.lines.length;
      if (!exact) this.emit(`if (${test}) {`);
      const inner = this.lines.length;
      body();
      if (this.lines.length === inner) this.lines.length = start;
      else if (!exact) this.emit('}');
    };
    guarded(allows('string'), only('string'), typeTests.string(v), () =>
      this.compileString(reader, v, segments),
    );
    guarded(
      allows('number', 'integer'),
      only('number', 'integer'),
      `typeof ${v} === 'number'`,
      () => this.compileNumber(reader, v, segments),
    );
    guarded(allows('object'), only('object'), typeTests.object(v), () =>
      this.compileObject(reader, v, segments),
    );
    guarded(allows('array'), only('array'), typeTests.array(v), () =>
      this.compileArray(reader, v, segments),
    );
    this.compileApplicators(reader, v, segments);
  }

  private compileConst(
    reader: SchemaReader,
    types: ReadonlySet<JsonType> | undefined,
    v: string,
    segments: readonly string[],
  ): void {
    if (!reader.has('const')) return;
    this.compileMembers([reader.schema.const], types, v, segments, literal(reader.schema.const));
  }

  private compileEnum(
    reader: SchemaReader,
    types: ReadonlySet<JsonType> | undefined,
    v: string,
    segments: readonly string[],
  ): void {
    const values = reader.enumValues();
    if (values === undefined) return;
    const shown = values.slice(0, 10).map(literal).join(', ') + (values.length > 10 ? ', …' : '');
    this.compileMembers(
      values,
      types,
      v,
      segments,
      values.length === 1 ? shown : `one of ${shown}`,
    );
  }

  /**
   * The value must equal one of `values`. Members `type` already rules out are left out: they
   * could never match, and TypeScript rejects comparing a narrowed value with them.
   */
  private compileMembers(
    values: readonly unknown[],
    types: ReadonlySet<JsonType> | undefined,
    v: string,
    segments: readonly string[],
    what: string,
  ): void {
    const possible = values.filter(
      (value) => types === undefined || [...types].some((type) => typeAdmits(type, value)),
    );
    this.emit(
      possible.length === 0
        ? '{'
        : `if (!(${possible.map((value) => this.equals(v, value)).join(' || ')})) {`,
    );
    this.failValue(segments, this.expected(what, v), v);
    this.emit('}');
  }

  /** JSON equality with a constant: `===` for primitives, the runtime's deep compare otherwise. */
  private equals(v: string, value: unknown): string {
    if (typeof value !== 'object' || value === null) return `${v} === ${literal(value)}`;
    this.compiler.helpers.add('jsonEqual');
    return `jsonEqual(${v}, ${this.compiler.constant('value', literal(value))})`;
  }

  private compileString(reader: SchemaReader, v: string, segments: readonly string[]): void {
    const min = reader.count('minLength');
    const max = reader.count('maxLength');
    if (min !== undefined || max !== undefined) this.compiler.helpers.add('codePointLength');
    // UTF-16 length bounds the code point count (n/2 ≤ count ≤ n): count only when it matters.
    if (min !== undefined && min > 0) {
      this.emit(`if (${v}.length < ${2 * min} && codePointLength(${v}) < ${min}) {`);
      this.fail(segments, this.expected(`at least ${plural(min, 'character')}`, v));
      this.emit('}');
    }
    if (max !== undefined) {
      this.emit(`if (${v}.length > ${max} && codePointLength(${v}) > ${max}) {`);
      this.fail(segments, this.expected(`at most ${plural(max, 'character')}`, v));
      this.emit('}');
    }
    const pattern = reader.pattern();
    if (pattern !== undefined) {
      const regex = this.compiler.constant('pattern', `new RegExp(${literal(pattern)}, 'u')`);
      const hint = patternHint(reader.schema);
      const what =
        hint === undefined ? `a string matching /${pattern}/` : `${hint} (pattern /${pattern}/)`;
      this.emit(`if (!${regex}.test(${v})) {`);
      this.fail(segments, this.expected(what, v));
      this.emit('}');
    }
    const format = reader.format();
    if (format?.kind === 'string') {
      const { check, label } = stringFormats[format.name];
      this.compiler.helpers.add(check);
      this.emit(`if (!${check}(${v})) {`);
      this.fail(segments, this.expected(label, v));
      this.emit('}');
    }
  }

  private compileNumber(reader: SchemaReader, v: string, segments: readonly string[]): void {
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
    for (const [failing, what] of bounds) {
      this.emit(`if (${failing}) {`);
      this.fail(segments, this.expected(what, v));
      this.emit('}');
    }
  }

  private compileObject(reader: SchemaReader, v: string, segments: readonly string[]): void {
    const properties = reader.properties();
    const required = new Set(reader.required());
    const additional = reader.schema.additionalProperties;
    const minProperties = reader.count('minProperties');
    const maxProperties = reader.count('maxProperties');
    const relevant = properties.filter(
      ([name, schema]) => required.has(name) || !isTrivial(schema),
    );
    const declared = new Set(properties.map(([name]) => name));
    const propertyNames = reader.schema.propertyNames;
    const needsKeys =
      (additional !== undefined && !isTrivial(additional)) ||
      (propertyNames !== undefined && !isTrivial(propertyNames)) ||
      minProperties !== undefined ||
      maxProperties !== undefined;
    if (relevant.length === 0 && required.size === 0 && !needsKeys) return;

    this.compiler.helpers.add('JsonObject');
    const o = this.variable('o');
    this.emit(`const ${o} = ${v} as JsonObject;`);
    const schemas = new Map(properties);
    for (const name of new Set([...relevant.map(([name]) => name), ...required])) {
      const value = this.variable('v');
      const childSegments = [...segments, literal(name)];
      this.emit(`const ${value} = ${readProperty(o, name)};`);
      const schema = schemas.get(name);
      const hasChecks = schema !== undefined && !isTrivial(schema);
      if (required.has(name)) {
        this.emit(`if (${value} === undefined) {`);
        this.fail(childSegments, literal('required property is missing'));
        this.emit(hasChecks ? '} else {' : '}');
      } else {
        this.emit(`if (${value} !== undefined) {`);
      }
      if (hasChecks) {
        this.compile(
          schema,
          `${reader.pointer}/properties/${pointerSegment(name)}`,
          value,
          childSegments,
        );
        this.emit('}');
      }
    }
    if (needsKeys) this.compileKeys(reader, o, declared, segments, minProperties, maxProperties);
  }

  /** `additionalProperties`, `propertyNames`, `min/maxProperties`: one pass over the keys. */
  private compileKeys(
    reader: SchemaReader,
    o: string,
    declared: ReadonlySet<string>,
    segments: readonly string[],
    minProperties: number | undefined,
    maxProperties: number | undefined,
  ): void {
    const additional = reader.schema.additionalProperties;
    const counted = minProperties !== undefined || maxProperties !== undefined;
    const key = this.variable('k');
    const count = this.variable('n');
    const value = this.variable('v');
    const checksValues = additional !== undefined && !isTrivial(additional);
    const names = reader.schema.propertyNames;
    const checksNames = names !== undefined && !isTrivial(names);
    if (counted) this.emit(`let ${count} = 0;`);
    this.emit(`for (const ${key} in ${o}) {`);
    // A property set to undefined is absent, as in JSON.stringify.
    const readValue = () =>
      this.emit(`const ${value} = ${o}[${key}];`, `if (${value} === undefined) continue;`);
    if (counted || checksNames) readValue();
    if (counted) this.emit(`${count}++;`);
    if (checksNames) {
      const check = this.subschemaCheck(names, `${reader.pointer}/propertyNames`, 'propertyNames');
      this.compiler.helpers.add('propertyNameIssue');
      this.emit(`if (!${check}(${key}, p, undefined)) {`, 'if (e === undefined) return false;');
      this.emit(`ok = propertyNameIssue(e, ${pathAt([...segments, key])}, ${key}, ${check});`, '}');
    }
    if (checksValues) {
      if (declared.size > 0) this.emit(`if (${this.isDeclared(key, declared)}) continue;`);
      if (!counted && !checksNames) readValue();
      const childSegments = [...segments, key];
      if (additional === false)
        this.fail(
          childSegments,
          literal('unexpected property (the schema allows no other properties)'),
        );
      else this.compile(additional, `${reader.pointer}/additionalProperties`, value, childSegments);
    }
    this.emit('}');
    if (minProperties !== undefined) {
      this.emit(`if (${count} < ${minProperties}) {`);
      this.fail(
        segments,
        `\`expected at least ${plural(minProperties, 'property', 'properties')}, got \${${count}}\``,
      );
      this.emit('}');
    }
    if (maxProperties !== undefined) {
      this.emit(`if (${count} > ${maxProperties}) {`);
      this.fail(
        segments,
        `\`expected at most ${plural(maxProperties, 'property', 'properties')}, got \${${count}}\``,
      );
      this.emit('}');
    }
  }

  private isDeclared(key: string, declared: ReadonlySet<string>): string {
    const names = [...declared];
    if (names.length <= maxInlineNames)
      return names.map((name) => `${key} === ${literal(name)}`).join(' || ');
    const set = this.compiler.constant('names', `new Set(${literal(names)})`);
    return `${set}.has(${key})`;
  }

  private compileArray(reader: SchemaReader, v: string, segments: readonly string[]): void {
    const min = reader.count('minItems');
    const max = reader.count('maxItems');
    const items = reader.schema.items;
    if (Array.isArray(items)) {
      throw reader.error('/items', 'invalid "items": a list (the 2019-09 tuple form)', [
        'a schema; tuples use prefixItems, which these validators do not support',
      ]);
    }
    const a = this.variable('a');
    const start = this.lines.length;
    this.emit(`const ${a}: readonly unknown[] = ${v};`);
    const before = this.lines.length;
    if (min !== undefined && min > 0) {
      this.emit(`if (${a}.length < ${min}) {`);
      this.fail(segments, `\`expected at least ${plural(min, 'item')}, got \${${a}.length}\``);
      this.emit('}');
    }
    if (max !== undefined) {
      this.emit(`if (${a}.length > ${max}) {`);
      this.fail(segments, `\`expected at most ${plural(max, 'item')}, got \${${a}.length}\``);
      this.emit('}');
    }
    if (items !== undefined && !isTrivial(items)) {
      const index = this.variable('i');
      const length = this.variable('n');
      const item = this.variable('v');
      const childSegments = [...segments, index];
      this.emit(
        `for (let ${index} = 0, ${length} = ${a}.length; ${index} < ${length}; ${index}++) {`,
        `const ${item} = ${a}[${index}];`,
      );
      // undefined is no JSON value. An item schema that rejects it fails on a hole by itself
      // (and ends the loop there); one that accepts any type needs the test up front.
      if (possibleTypes(this.compiler.document, items) === undefined) {
        this.emit(`if (${item} === undefined) {`);
        this.fail(
          childSegments,
          literal('expected a JSON value, got undefined (an undefined element or a hole)'),
        );
        this.emit('break;', '}');
      }
      const outer = this.loopItem;
      this.loopItem = item;
      this.compile(items, `${reader.pointer}/items`, item, childSegments);
      this.loopItem = outer;
      this.emit('}');
    }
    if (this.lines.length === before) this.lines.length = start;
  }

  private compileApplicators(reader: SchemaReader, v: string, segments: readonly string[]): void {
    reader.schemaList('allOf')?.forEach((part, index) => {
      this.compile(part, `${reader.pointer}/allOf/${index}`, v, segments);
    });
    const anyOf = reader.schemaList('anyOf');
    if (anyOf !== undefined) this.compileAlternatives('anyOf', anyOf, reader, v, segments);
    const oneOf = reader.schemaList('oneOf');
    if (oneOf !== undefined) this.compileAlternatives('oneOf', oneOf, reader, v, segments);
    if (reader.has('not')) {
      const check = this.subschemaCheck(reader.schema.not, `${reader.pointer}/not`, 'not');
      this.emit(`if (${check}(${v}, p, undefined)) {`);
      this.failValue(
        segments,
        this.expected(
          `a value that does not match the "not" schema (${schemaLabel(reader.schema.not, 0)})`,
          v,
        ),
        v,
      );
      this.emit('}');
    }
  }

  private compileAlternatives(
    keyword: 'anyOf' | 'oneOf',
    parts: readonly unknown[],
    reader: SchemaReader,
    v: string,
    segments: readonly string[],
  ): void {
    const document = this.compiler.document;
    const typeSets = parts.map((part) => possibleTypes(document, part));
    const entries = parts.map((part, index) => {
      const check = this.subschemaCheck(
        part,
        `${reader.pointer}/${keyword}/${index}`,
        `${keyword}${index}`,
      );
      const types = typeSets[index];
      return {
        check,
        types: types === undefined ? 'undefined' : literal([...types].sort()),
        label: literal(schemaLabel(part, index)),
      };
    });
    const table = this.compiler.constant(
      'alternatives',
      `[${entries.map((entry) => `{ check: ${entry.check}, types: ${entry.types}, label: ${entry.label} }`).join(', ')}]`,
      'readonly Alternative[]',
    );
    this.compiler.helpers.add('Alternative');
    this.compiler.helpers.add('noAlternativeMatched');
    const path = pathAt(segments);
    const calls = entries.map((entry) => `${entry.check}(${v}, p, undefined)`);
    // anyOf, and oneOf whose alternatives accept disjoint types, stop at the first match.
    if (keyword === 'anyOf' || haveDisjointTypes(typeSets)) {
      this.emit(`if (!(${calls.join(' || ')})) {`);
      this.emit(
        'if (e === undefined) return false;',
        `ok = noAlternativeMatched(e, ${path}, ${v}, ${table});`,
      );
      this.breakOnHole(v);
      this.emit('}');
      return;
    }
    this.compiler.helpers.add('severalAlternativesMatched');
    const matches = this.variable('m');
    this.emit(`const ${matches} = ${calls.map((call) => `(${call} ? 1 : 0)`).join(' + ')};`);
    this.emit(`if (${matches} !== 1) {`, 'if (e === undefined) return false;');
    this.emit(
      `ok = ${matches} === 0 ? noAlternativeMatched(e, ${path}, ${v}, ${table}) : severalAlternativesMatched(e, ${path}, ${v}, ${table});`,
    );
    this.breakOnHole(v);
    this.emit('}');
  }

  /** A check function for a subschema: the referenced one for a bare `$ref`, else a new one. */
  private subschemaCheck(schema: unknown, pointer: string, suffix: string): string {
    if (isObject(schema) && typeof schema.$ref === 'string' && isBareRef(schema)) {
      const ref = new SchemaReader(this.compiler.specFile, schema, pointer).ref() ?? '';
      return this.compiler.checkFor(ref, checkName(ref));
    }
    return this.compiler.checkFor(pointer, `${this.name}_${suffix}`, schema);
  }
}

/** `check<Name>` for a component schema pointer, else a name from the pointer's last segments. */
export function checkName(pointer: string): string {
  const segments = pointer
    .split('/')
    .filter(Boolean)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (segments.length === 3 && segments[0] === 'components' && segments[1] === 'schemas') {
    return `check${segments[2]}`;
  }
  return `check_${segments.slice(-3).join('_')}`;
}

/** Whether `items` appears in the schema itself (its `$ref`s not followed). */
function hasItems(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasItems);
  if (!isObject(node)) return false;
  return Object.entries(node).some(
    ([key, value]) =>
      (key === 'items' && !isTrivial(value)) ||
      (!annotationOnly.has(key) && !key.startsWith('x-') && hasItems(value)),
  );
}

/** Whether a value of JSON type `type` can equal `value`. */
function typeAdmits(type: JsonType, value: unknown): boolean {
  if (value === null) return type === 'null';
  if (Array.isArray(value)) return type === 'array';
  if (typeof value === 'number')
    return type === 'number' || (type === 'integer' && Number.isInteger(value));
  return typeof value === type;
}

/** A schema that accepts everything and so needs no code (`true`, `{}`, annotations only). */
function isTrivial(schema: unknown): boolean {
  if (schema === true) return true;
  if (!isObject(schema)) return false;
  return Object.keys(schema).every((key) => annotationOnly.has(key) || key.startsWith('x-'));
}

const annotationOnly = new Set<string>(annotationKeywords);

function isBareRef(schema: JsonObject): boolean {
  return Object.keys(schema).every(
    (key) => key === '$ref' || annotationOnly.has(key) || key.startsWith('x-'),
  );
}

function readProperty(o: string, name: string): string {
  // An own property only: a name such as "constructor" must not find Object.prototype's.
  if (prototypeNames.has(name))
    return `(Object.hasOwn(${o}, ${literal(name)}) ? ${o}[${literal(name)}] : undefined)`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `${o}.${name}` : `${o}[${literal(name)}]`;
}

function pathAt(segments: readonly string[]): string {
  return segments.length === 0 ? 'p' : `[...p, ${segments.join(', ')}]`;
}

/** The path passed to a nested check: only built when issues are being collected. */
function childPath(segments: readonly string[]): string {
  return segments.length === 0 ? 'p' : `e === undefined ? p : [...p, ${segments.join(', ')}]`;
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
