// Turns schemas into straight-line check functions. Each function has the signature of the
// runtime's `Check`: (v, p, e) => boolean. With `e` undefined it returns false at the first
// problem; with an array it records every problem and keeps going. Modules that use
// `$dynamicRef` add the dynamic scope `d`; variants that report what they evaluated (for
// `unevaluatedProperties`/`unevaluatedItems`) add the record `a`.
import { CodegenError } from '../errors.ts';
import { isObject, type JsonObject } from '../openapi-walk.ts';
import { UniqueNames } from './check-names.ts';
import { FunctionBody } from './function-body.ts';
import { assertedFormats, type FormatPolicy } from './keywords.ts';
import type { ModuleContext } from './module-context.ts';
import { RefInliner } from './ref-inlining.ts';
import type { RefResolver } from './schema-facts.ts';
import { forEachSubschema, type Location, type SchemaRegistry } from './schema-registry.ts';
import type { Dialect } from './vocabularies.ts';

export { checkName } from './check-names.ts';

/** A `$dynamicRef` with at most this many possible targets may compile them in place. */
const maxInlinedDynamicTargets = 3;

/** Whether a schema refers to other schemas (or starts resources) anywhere inside. */
function refersOut(schema: unknown, root = true): boolean {
  if (!isObject(schema)) return false;
  if (schema.$ref !== undefined || schema.$dynamicRef !== undefined) return true;
  if (!root && schema.$id !== undefined) return true;
  let found = false;
  forEachSubschema(schema, (subschema) => {
    found ||= refersOut(subschema, false);
  });
  return found;
}

/** The module's check functions and the constants they share, built on demand. */
export class CheckCompiler implements ModuleContext {
  private readonly functions: string[] = [];
  private readonly constants: string[] = [];
  private readonly functionNames = new Map<string, string>();
  private readonly names: UniqueNames;
  private readonly constantNames = new Map<string, string>();
  private readonly scopeTables = new Map<string, string>();
  private readonly inliner: RefInliner;
  /** Runtime helpers the generated code calls. */
  readonly helpers = new Set<string>();
  /** Format checks the generated code imports from the runtime's library-formats entry. */
  readonly libraryFormats = new Set<string>();
  readonly registry: SchemaRegistry;
  readonly specFile: string;
  readonly assertedFormats: ReadonlySet<string>;
  /** Whether checks carry the dynamic scope (the module uses `$dynamicRef`). */
  readonly dynamic: boolean;
  /** Prefix of constant names, so that several compilers can share one module. */
  private readonly prefix: string;

  constructor(
    registry: SchemaRegistry,
    specFile: string,
    options: { formats?: FormatPolicy; names?: UniqueNames; prefix?: string } = {},
  ) {
    this.registry = registry;
    this.specFile = specFile;
    this.assertedFormats = assertedFormats(options.formats);
    this.dynamic = registry.usesDynamicRef;
    this.names = options.names ?? new UniqueNames();
    this.prefix = options.prefix ?? '';
    this.inliner = new RefInliner(registry);
  }

  /** Where a schema's `$ref` leads, for what generation infers about types (`schema-facts.ts`). */
  readonly resolveRef: RefResolver = (schema) => {
    if (typeof schema.$ref !== 'string') return undefined;
    const base = this.registry.baseOf(schema) ?? this.registry.mainUri;
    const key = this.registry.resolve(schema.$ref, base);
    return key === undefined ? undefined : { key, node: this.registry.node(key) };
  };

  where(location: string): { file: string; pointer: string } {
    return this.registry.where(location);
  }

  dialectOf(schema: JsonObject): Dialect | undefined {
    return this.registry.dialectOf(schema);
  }

  /**
   * The name of the check function of the schema at `location`, compiled on first use;
   * `evaluates` asks for the variant that records what it evaluated in `a`.
   */
  checkFor(
    location: Location,
    preferredName: string,
    schema = this.registry.node(location),
    evaluates = false,
  ): string {
    const key = evaluates ? `${location}\u0000evaluates` : location;
    const known = this.functionNames.get(key);
    if (known !== undefined) return known;
    if (schema === undefined) {
      const { file, pointer } = this.where(location);
      throw new CodegenError({
        file,
        pointer,
        expected: 'a schema at the referenced location',
        message: 'unresolvable $ref',
      });
    }
    const name = this.uniqueName(evaluates ? `${preferredName}_evaluates` : preferredName);
    // Registered before compiling so that recursive schemas call themselves.
    this.functionNames.set(key, name);
    const body = new FunctionBody(this, name, location, schema, evaluates);
    body.compileRoot();
    this.functions.push(body.render());
    return name;
  }

  /** A module-level constant (regex, JSON value, name set, alternatives), shared when equal. */
  constant(prefix: string, code: string, type?: string): string {
    const key = `${prefix}:${code}`;
    const known = this.constantNames.get(key);
    if (known !== undefined) return known;
    const name = `${this.prefix}${prefix}${this.constantNames.size}`;
    this.constantNames.set(key, name);
    this.constants.push(`const ${name}${type === undefined ? '' : `: ${type}`} = ${code};`);
    return name;
  }

  /**
   * The constant naming the `$dynamicAnchor`s of the resource `base` and their checks, or
   * `undefined` when it defines none. Every check of the resource enters it into the scope.
   */
  scopeTable(base: string): string | undefined {
    const known = this.scopeTables.get(base);
    if (known !== undefined) return known;
    const anchors = this.registry.dynamicAnchorsOf(base);
    if (anchors === undefined || anchors.size === 0) return undefined;
    this.helpers.add('enterScope');
    this.helpers.add('DynamicScope');
    // Named before the anchors' checks compile: they belong to the resource and enter it too.
    const table = this.uniqueName(`${this.prefix}scope`);
    this.scopeTables.set(base, table);
    const entries = [...anchors].map(([name, location]) => {
      const preferred = `check_${name}`;
      const checks = [this.checkFor(location, preferred)];
      if (this.registry.usesUnevaluated) {
        checks.push(this.checkFor(location, preferred, undefined, true));
      }
      return `${JSON.stringify(name)}: [${checks.join(', ')}]`;
    });
    this.constants.push(`const ${table}: DynamicScope = { ${entries.join(', ')} };`);
    return table;
  }

  /**
   * The targets a `$dynamicRef` to `name` may reach that are worth compiling in place, behind a
   * test of which one the scope chose: few, small, and referring to nothing themselves (so the
   * scope and base URIs cannot matter inside). Empty when any target is not like that.
   */
  inlinedDynamicTargets(name: string): { location: Location; check: string }[] {
    const candidates = this.registry.dynamicAnchorCandidates(name);
    if (candidates.length > maxInlinedDynamicTargets) return [];
    if (
      !candidates.every(
        (location) => this.inliner.inlines(location) && !refersOut(this.registry.node(location)),
      )
    ) {
      return [];
    }
    return candidates.map((location) => ({
      location,
      check: this.checkFor(location, `check_${name}`),
    }));
  }

  /** Whether the schema at `location` is compiled where it is referenced instead of called. */
  inlines(location: Location): boolean {
    return !this.dynamic && this.inliner.inlines(location);
  }

  uniqueName(preferred: string): string {
    return this.names.take(preferred);
  }

  /** Constants first (they only refer to functions, which are hoisted), then the functions. */
  render(): string {
    return [...this.constants, '', ...this.functions].join('\n');
  }
}
