// What the writer of one check function needs from the module being compiled. `CheckCompiler`
// is the one implementation; the function bodies and keyword compilers see only this, so the
// compiler can build bodies without the bodies depending on it.
import type { RefResolver } from './schema-facts.ts';
import type { ReaderContext } from './schema-reader.ts';
import type { Location, SchemaRegistry } from './schema-registry.ts';

export interface ModuleContext extends ReaderContext {
  /** Runtime helpers the generated code calls. */
  readonly helpers: Set<string>;
  /** Format checks the generated code imports from the runtime's library-formats entry. */
  readonly libraryFormats: Set<string>;
  readonly registry: SchemaRegistry;
  /** Whether checks carry the dynamic scope (the module uses `$dynamicRef`). */
  readonly dynamic: boolean;
  /** Where a schema's `$ref` leads, for what generation infers about types. */
  readonly resolveRef: RefResolver;
  /**
   * The name of the check function of the schema at `location`, compiled on first use;
   * `evaluates` asks for the variant that records what it evaluated in `a`.
   */
  checkFor(
    location: Location,
    preferredName: string,
    schema?: unknown,
    evaluates?: boolean,
  ): string;
  /** A module-level constant (regex, JSON value, name set, alternatives), shared when equal. */
  constant(prefix: string, code: string, type?: string): string;
  /** The constant naming the `$dynamicAnchor`s of the resource `base`, if it defines any. */
  scopeTable(base: string): string | undefined;
  /** The targets of a `$dynamicRef` to `name` worth compiling in place (may be empty). */
  inlinedDynamicTargets(name: string): { location: Location; check: string }[];
  /** Whether the schema at `location` is compiled where it is referenced instead of called. */
  inlines(location: Location): boolean;
}
