// The statements of one check function, and the entry that compiles a (sub)schema into them:
// boolean schemas, `$ref`/`$dynamicRef` (in place or called), records of evaluated properties
// and items, and array loops moved to functions of their own.
import { CodegenError } from '../errors.ts';
import { isObject, type JsonObject, pointerSegment } from '../openapi-walk.ts';
import { checkName } from './check-names.ts';
import type { CheckWriter } from './check-writer.ts';
import { literal, pathAt } from './code-snippets.ts';
import { compileAllOf } from './combinator-checks.ts';
import type { KeywordSite } from './keyword-site.ts';
import type { JsonType } from './keywords.ts';
import type { ModuleContext } from './module-context.ts';
import { assertedType, possibleTypes, typeLabel } from './schema-facts.ts';
import { SchemaReader } from './schema-reader.ts';
import { staticEvaluation } from './static-evaluation.ts';
import { isBareRef, isTrivial } from './trivial-schemas.ts';
import { compileTyped } from './type-checks.ts';
import { typeTests } from './type-tests.ts';
import { compileUnevaluated } from './unevaluated-checks.ts';

/** The statements of one check function; the keyword compilers write through it. */
export class FunctionBody implements CheckWriter {
  private readonly lines: string[] = [];
  /** Statements before the body: entering the dynamic scope, then reading it once. */
  private readonly prelude: string[] = [];
  /** Per anchor name and variant, the variable holding the check the dynamic scope gives. */
  private readonly dynamicTargets = new Map<string, string>();
  /** Per dynamic target and candidate, the variable telling whether the scope chose it. */
  private readonly chosenTargets = new Map<string, string>();
  private variables = 0;
  readonly compiler: ModuleContext;
  private readonly name: string;
  private readonly pointer: string;
  private readonly schema: unknown;
  private readonly evaluates: boolean;
  /** The base URI relative references resolve against at the point being compiled. */
  private base: string;
  /** The record of evaluated properties and items, and the value it is about. */
  private record: { readonly instance: string; readonly name: string } | undefined;
  /**
   * The item variable of the array loop being compiled. A failure on it that could be a hole
   * (undefined) ends the loop, so a sparse array gets one issue, not one per hole.
   */
  private loopItem: string | undefined;
  /** Per variable, the JSON type a test around the code being written has established. */
  private readonly knownTypes = new Map<string, JsonType>();
  /** Variables holding a required property: undefined there means the property is missing. */
  private readonly maybeMissing = new Set<string>();
  /** While set, a `$dynamicRef` calls the scope's choice: its candidates were handled around. */
  private callDynamic = false;
  /** Loop items already tested for a hole in the code being written. */
  private readonly definedItems = new Set<string>();

  constructor(
    compiler: ModuleContext,
    name: string,
    pointer: string,
    schema: unknown,
    evaluates: boolean,
  ) {
    this.compiler = compiler;
    this.name = name;
    this.pointer = pointer;
    this.schema = schema;
    this.evaluates = evaluates;
    this.base = compiler.registry.baseOf(schema) ?? compiler.registry.baseAt(pointer);
    if (evaluates) this.record = { instance: 'v', name: 'a' };
  }

  /** Compiles the function's own schema, entering its resource into the dynamic scope. */
  compileRoot(): void {
    const table = this.compiler.dynamic ? this.compiler.scopeTable(this.base) : undefined;
    if (table !== undefined) {
      // Entering is a no-op once every anchor of the resource is in scope: test that inline.
      const names = [...(this.compiler.registry.dynamicAnchorsOf(this.base)?.keys() ?? [])];
      const missing = names.map((name) => `d?.[${literal(name)}] === undefined`).join(' || ');
      this.prelude.push(`if (${missing}) d = enterScope(d, ${table});`);
    }
    this.compile(this.schema, this.pointer, 'v', []);
  }

  render(): string {
    const parameters = ['v: unknown', 'p: Path', 'e: Issue[] | undefined'];
    if (this.compiler.dynamic) parameters.push('d: DynamicScope | undefined');
    if (this.evaluates) parameters.push('a: Evaluated');
    return [
      `function ${this.name}(${parameters.join(', ')}): boolean {`,
      'let ok = true;',
      ...this.prelude,
      ...this.lines,
      'return ok;',
      '}',
    ].join('\n');
  }

  emit(...lines: string[]): void {
    this.lines.push(...lines);
  }

  /** How many lines are written so far: a mark to `truncate` back to. */
  get lineCount(): number {
    return this.lines.length;
  }

  /** Drops the lines written after `count`, e.g. a guard that turned out to hold no checks. */
  truncate(count: number): void {
    this.lines.length = count;
  }

  replaceLastLine(line: string): void {
    this.lines[this.lines.length - 1] = line;
  }

  /** A fresh local variable name. */
  variable(prefix: string): string {
    return `${prefix}${++this.variables}`;
  }

  /** The variable recording what is evaluated of the value `v`, if anything asks. */
  recordFor(v: string): string | undefined {
    return this.record?.instance === v ? this.record.name : undefined;
  }

  /** Compiles with `name` as the record of what is evaluated of `v`. */
  withRecord(v: string, name: string | undefined, compile: () => void): void {
    const outer = this.record;
    this.record = name === undefined ? undefined : { instance: v, name };
    compile();
    this.record = outer;
  }

  /** Records an issue at `segments` (fast mode: fail at once). */
  fail(segments: readonly string[], message: string): void {
    this.emit('if (e === undefined) return false;', `ok = ${this.issueAt(segments, message)};`);
  }

  /**
   * The call recording an issue at `segments`: below `p`, through `addIssueAt`, which keeps the
   * code of a check small enough for V8 to inline it.
   */
  private issueAt(segments: readonly string[], message: string): string {
    const key = segments.at(-1);
    if (key === undefined) {
      this.compiler.helpers.add('addIssue');
      return `addIssue(e, p, ${message})`;
    }
    this.compiler.helpers.add('addIssueAt');
    return `addIssueAt(e, ${pathAt(segments.slice(0, -1), this.compiler.helpers)}, ${key}, ${message})`;
  }

  /** Records an issue about the value `v` itself. */
  failValue(segments: readonly string[], message: string, v: string): void {
    this.fail(segments, message);
    this.breakOnHole(v);
  }

  breakOnHole(v: string): void {
    if (v === this.loopItem && !this.definedItems.has(v)) {
      this.emit(`if (${v} === undefined) break;`);
    }
  }

  /** Compiles the body of an array loop over `item` (see `loopItem`). */
  inLoopOver(item: string, compileBody: () => void): void {
    const outer = this.loopItem;
    this.loopItem = item;
    compileBody();
    this.loopItem = outer;
  }

  knownType(v: string): JsonType | undefined {
    return this.knownTypes.get(v);
  }

  /** `expected <what>, got <value>`. */
  expected(what: string, value: string): string {
    this.compiler.helpers.add('expected');
    return `expected(${literal(what)}, ${value})`;
  }

  /** A call of another check: `check(value, path, issues[, d][, record])`. */
  invoke(check: string, value: string, path: string, issues: string, record?: string): string {
    const args = [value, path, issues];
    if (this.compiler.dynamic) args.push('d');
    if (record !== undefined) args.push(record);
    return `${check}(${args.join(', ')})`;
  }

  /**
   * Runs another check function on `value`; its failure is this function's failure. It runs fast
   * first, even while issues are collected, and only again with its path (built then) to collect
   * them when it fails: a valid part of a payload costs no path and no second pass.
   */
  call(check: string, value: string, segments: readonly string[], record?: string): void {
    this.emit(
      `if (!${this.invoke(check, value, 'p', 'undefined', record)}) {`,
      'if (e === undefined) return false;',
      'ok = false;',
      `${this.invoke(check, value, pathAt(segments, this.compiler.helpers), 'e', record)};`,
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
      const { file, pointer: local } = this.compiler.where(pointer);
      throw new CodegenError({
        file,
        pointer: local,
        expected: 'a schema (an object or a boolean)',
        message: `invalid schema ${literal(schema)}`,
      });
    }
    const reader = new SchemaReader(this.compiler, schema, pointer);
    reader.validateAll();
    const site: KeywordSite = { body: this, reader, v, segments };
    const record = this.recordFor(v);
    const holeTested = this.mayAcceptHole(reader, v) && this.testHole(v, segments);
    this.compileSchema(site, schema, pointer, record);
    if (holeTested) this.definedItems.delete(v);
  }

  private compileSchema(
    site: KeywordSite,
    schema: JsonObject,
    pointer: string,
    record: string | undefined,
  ): void {
    const { reader, v, segments } = site;
    if (this.hasOwnFunction(schema, pointer)) {
      const suffix = pointer.slice(pointer.lastIndexOf('/') + 1).replace(/[^A-Za-z0-9_$]/g, '_');
      const check = this.compiler.checkFor(
        pointer,
        `${this.name}_${suffix}`,
        schema,
        record !== undefined,
      );
      this.call(check, v, segments, record);
      return;
    }
    const outerBase = this.base;
    this.base = this.compiler.registry.baseOf(schema) ?? this.base;
    const tested = this.typesToTest(reader, v);
    if (tested === undefined) {
      this.compileKeywords(site, record);
    } else {
      // The type first, once: the keywords below (and allOf parts, inlined refs) rely on it.
      this.emit(`if (!(${tested.map((type) => typeTests[type](v)).join(' || ')})) {`);
      this.failValue(segments, this.typeMismatch(typeLabel(tested), v), v);
      this.emit('} else {');
      const inner = this.lineCount;
      const outerType = this.knownTypes.get(v);
      if (tested.length === 1) this.knownTypes.set(v, tested[0] as JsonType);
      this.compileKeywords(site, record);
      if (outerType === undefined) this.knownTypes.delete(v);
      else this.knownTypes.set(v, outerType);
      if (this.lineCount === inner) this.replaceLastLine('}');
      else this.emit('}');
    }
    this.base = outerBase;
  }

  /**
   * Whether the schema may pass undefined when `v` is a loop item (a hole: no JSON value) that is
   * not yet tested. A schema that asserts a type fails on it; a `$dynamicRef` compiled in place
   * leaves the test to each of its branches, where the scope's choice is known.
   */
  private mayAcceptHole(reader: SchemaReader, v: string): boolean {
    if (v !== this.loopItem || this.definedItems.has(v)) return false;
    if (possibleTypes(this.compiler.resolveRef, reader.schema) !== undefined) return false;
    if (!reader.has('$dynamicRef') || this.recordFor(v) !== undefined || this.callDynamic) {
      return true;
    }
    const base = this.compiler.registry.baseOf(reader.schema) ?? this.base;
    const name = this.dynamicAnchorName(reader, this.resolve(reader, '$dynamicRef', base));
    return name === undefined || this.compiler.inlinedDynamicTargets(name).length === 0;
  }

  /** Fails (and ends the loop) on a hole in item `v`; true when the test was written. */
  private testHole(v: string, segments: readonly string[]): boolean {
    if (v !== this.loopItem || this.definedItems.has(v)) return false;
    this.emit(`if (${v} === undefined) {`);
    this.fail(
      segments,
      literal('expected a JSON value, got undefined (an undefined element or a hole)'),
    );
    this.emit('break;', '}');
    this.definedItems.add(v);
    return true;
  }

  /**
   * Compiles a required property's schema when its first check is a type test, which undefined
   * fails: that test also reports the missing property, so a valid object takes one test, not
   * two. Compiles nothing and returns false when the schema starts otherwise.
   */
  compileRequired(
    schema: unknown,
    pointer: string,
    v: string,
    segments: readonly string[],
  ): boolean {
    if (!isObject(schema) || this.hasOwnFunction(schema, pointer)) return false;
    if (this.typesToTest(new SchemaReader(this.compiler, schema, pointer), v) === undefined) {
      return false;
    }
    this.maybeMissing.add(v);
    this.compile(schema, pointer, v, segments);
    this.maybeMissing.delete(v);
    return true;
  }

  /**
   * Whether the schema is compiled as a function of its own, called here. A loop over items is:
   * V8 optimizes a small loop function much better than the same loop inside a large function
   * (measured: ~30% on 10,000 strings). So is a schema resource that may enter the dynamic scope.
   */
  private hasOwnFunction(schema: JsonObject, pointer: string): boolean {
    return (
      pointer !== this.pointer &&
      ((schema.items !== undefined && !isTrivial(schema.items)) ||
        (this.compiler.dynamic && typeof schema.$id === 'string'))
    );
  }

  /**
   * The types `compile` tests before any other keyword: the schema's `type`, or the one type its
   * `allOf` parts and `$ref` agree on. None when a test around already established them.
   */
  private typesToTest(reader: SchemaReader, v: string): JsonType[] | undefined {
    const own = reader.types();
    // A bare `$ref` leaves the test to its target, compiled in place or called.
    const asserted =
      (own === undefined && !isBareRef(reader.schema)) || own?.length === 1
        ? this.assertedType(reader)
        : undefined;
    const wanted = asserted === undefined ? own : [asserted];
    const known = this.knownTypes.get(v);
    if (wanted === undefined || (known !== undefined && includesType(wanted, known))) {
      return undefined;
    }
    return wanted;
  }

  private assertedType(reader: SchemaReader): JsonType | undefined {
    return assertedType(this.compiler.resolveRef, reader.schema);
  }

  /** The message of a failed type test; on a required property, undefined means missing. */
  private typeMismatch(label: string, v: string): string {
    if (!this.maybeMissing.has(v)) return this.expected(label, v);
    this.compiler.helpers.add('expectedOrMissing');
    return `expectedOrMissing(${literal(label)}, ${v})`;
  }

  /** `$ref`, `$dynamicRef`, `allOf`, the other keywords, then `unevaluated*` over the rest. */
  private compileKeywords(site: KeywordSite, record: string | undefined): void {
    const { reader, v, segments } = site;
    const schema = reader.schema;
    const unevaluated = reader.has('unevaluatedProperties') || reader.has('unevaluatedItems');
    // Known before run time when nothing around asks for a record: no record needed.
    const known =
      unevaluated && record === undefined
        ? staticEvaluation(this.compiler.registry, schema, this.base)
        : undefined;
    if (known !== undefined) {
      this.compileRef(reader, '$ref', v, segments);
      this.compileRef(reader, '$dynamicRef', v, segments);
      compileAllOf(site);
      compileTyped(site);
      compileUnevaluated(site, known);
      return;
    }
    const own = unevaluated ? this.variable('evaluated') : record;
    if (unevaluated && own !== undefined) {
      this.compiler.helpers.add('evaluated');
      this.compiler.helpers.add('Evaluated');
      this.emit(`const ${own}: Evaluated = evaluated();`);
    }
    this.withRecord(v, own, () => {
      this.compileRef(reader, '$ref', v, segments);
      this.compileRef(reader, '$dynamicRef', v, segments);
      compileAllOf(site);
      compileTyped(site);
    });
    if (unevaluated && own !== undefined) {
      compileUnevaluated(site, own);
      if (record !== undefined) {
        // What unevaluated* accepted counts as evaluated for the schemas around this one.
        this.compiler.helpers.add('mergeEvaluated');
        this.emit(`mergeEvaluated(${record}, ${own});`);
        if (reader.has('unevaluatedProperties')) this.emit(`${record}.properties = true;`);
        if (reader.has('unevaluatedItems')) this.emit(`${record}.items = true;`);
      }
    }
  }

  /** The location a reference of this schema leads to, or an error saying which one. */
  private resolve(reader: SchemaReader, key: '$ref' | '$dynamicRef', base: string): string {
    const reference = reader.ref(key) ?? '';
    const target = this.compiler.registry.resolve(reference, base);
    if (target === undefined) {
      throw reader.error(`/${pointerSegment(key)}`, `unresolvable ${key} ${literal(reference)}`, [
        'a location in this document or in a document given to the compiler (bundle the spec first)',
      ]);
    }
    return target;
  }

  private compileRef(
    reader: SchemaReader,
    key: '$ref' | '$dynamicRef',
    v: string,
    segments: readonly string[],
  ): void {
    if (!reader.has(key)) return;
    const target = this.resolve(reader, key, this.base);
    const record = this.recordFor(v);
    const dynamicName = key === '$dynamicRef' ? this.dynamicAnchorName(reader, target) : undefined;
    if (dynamicName !== undefined) {
      const check = this.dynamicTarget(dynamicName, target, record !== undefined);
      const inlined =
        record === undefined && !this.callDynamic
          ? this.compiler.inlinedDynamicTargets(dynamicName)
          : [];
      // The likely targets compiled in place (a call per item of a list costs the most).
      inlined.forEach(({ location, check: candidate }, index) => {
        this.emit(`${index === 0 ? '' : '} else '}if (${this.chosen(check, candidate)}) {`);
        this.compile(this.compiler.registry.node(location), location, v, segments);
      });
      if (inlined.length === 0) {
        this.call(check, v, segments, record);
        return;
      }
      this.emit('} else {');
      const holeTested = this.testHole(v, segments);
      this.call(check, v, segments, record);
      if (holeTested) this.definedItems.delete(v);
      this.emit('}');
      return;
    }
    if (target !== this.pointer && this.compiler.inlines(target)) {
      this.compile(this.compiler.registry.node(target), target, v, segments);
    } else {
      this.call(
        this.compiler.checkFor(target, checkName(target), undefined, record !== undefined),
        v,
        segments,
        record,
      );
    }
  }

  /**
   * The variable holding the check a `$dynamicRef` calls: the outermost `$dynamicAnchor` of its
   * name in the dynamic scope, else its static target. Read once per function (the scope does
   * not change within a call), so a loop over items does not repeat the lookup.
   */
  private dynamicTarget(name: string, target: string, evaluates: boolean): string {
    const key = `${name}\u0000${evaluates}`;
    const known = this.dynamicTargets.get(key);
    if (known !== undefined) return known;
    const fallback = this.compiler.checkFor(target, checkName(target), undefined, evaluates);
    const variable = this.variable('dynamic');
    this.prelude.push(
      `const ${variable}: Check = d?.[${literal(name)}]?.[${evaluates ? 1 : 0}] ?? ${fallback};`,
    );
    this.compiler.helpers.add('Check');
    this.dynamicTargets.set(key, variable);
    return variable;
  }

  /**
   * For a schema that is only a `$dynamicRef` with candidates compiled in place: each candidate
   * and the variable telling whether the scope chose it, so that a loop over items can test that
   * once, outside (see `compileItemLoop`). Empty for any other schema.
   */
  dynamicChoices(schema: unknown, pointer: string): { chosen: string; location: string }[] {
    if (!isObject(schema) || schema.$id !== undefined || !isBareRef(schema, '$dynamicRef')) {
      return [];
    }
    const reader = new SchemaReader(this.compiler, schema, pointer);
    if (!reader.has('$dynamicRef')) return [];
    const base = this.compiler.registry.baseOf(schema) ?? this.base;
    const target = this.resolve(reader, '$dynamicRef', base);
    const name = this.dynamicAnchorName(reader, target);
    if (name === undefined) return [];
    const check = this.dynamicTarget(name, target, false);
    return this.compiler.inlinedDynamicTargets(name).map(({ location, check: candidate }) => ({
      chosen: this.chosen(check, candidate),
      location,
    }));
  }

  /** Compiles with every `$dynamicRef` calling the scope's choice (see `dynamicChoices`). */
  callingDynamicTargets(compile: () => void): void {
    const outer = this.callDynamic;
    this.callDynamic = true;
    compile();
    this.callDynamic = outer;
  }

  /**
   * The variable telling whether the scope chose `candidate` as the `$dynamicRef` target held in
   * `target`: decided once per call, before any loop (the scope does not change within a call).
   */
  private chosen(target: string, candidate: string): string {
    const key = `${target}\u0000${candidate}`;
    const known = this.chosenTargets.get(key);
    if (known !== undefined) return known;
    const variable = this.variable('chose');
    this.prelude.push(`const ${variable} = ${target} === ${candidate};`);
    this.chosenTargets.set(key, variable);
    return variable;
  }

  /**
   * The anchor name a `$dynamicRef` looks up in the dynamic scope: its fragment, when the
   * schema it first resolves to declares that `$dynamicAnchor`; otherwise it acts as `$ref`.
   */
  private dynamicAnchorName(reader: SchemaReader, target: string): string | undefined {
    const reference = reader.ref('$dynamicRef') ?? '';
    const hash = reference.indexOf('#');
    if (hash < 0) return undefined;
    const name = reference.slice(hash + 1);
    const node = this.compiler.registry.node(target);
    return isObject(node) && node.$dynamicAnchor === name ? name : undefined;
  }

  /**
   * A check function for a subschema: the referenced one for a bare `$ref`, else a new one;
   * `evaluates` asks for the variant that records what it evaluated.
   */
  subschemaCheck(schema: unknown, pointer: string, suffix: string, evaluates = false): string {
    if (isObject(schema) && typeof schema.$ref === 'string' && isBareRef(schema)) {
      const reader = new SchemaReader(this.compiler, schema, pointer);
      const target = this.resolve(
        reader,
        '$ref',
        this.compiler.registry.baseOf(schema) ?? this.base,
      );
      return this.compiler.checkFor(target, checkName(target), undefined, evaluates);
    }
    return this.compiler.checkFor(pointer, `${this.name}_${suffix}`, schema, evaluates);
  }
}

/** Whether a value known to have type `known` passes a test for any of `types`. */
function includesType(types: readonly JsonType[], known: JsonType): boolean {
  return types.includes(known) || (known === 'integer' && types.includes('number'));
}
