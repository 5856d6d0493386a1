// Turns schemas into straight-line check functions. Each function has the signature of the
// runtime's `Check`: (v, p, e) => boolean. With `e` undefined it returns false at the first
// problem; with an array it records every problem and keeps going.
import { CodegenError } from '../errors.ts';
import { UniqueNames } from './check-names.ts';
import { FunctionBody } from './function-body.ts';
import { RefInliner } from './ref-inlining.ts';
import { resolvePointer } from './schema-reader.ts';

export { checkName } from './check-names.ts';

/** The module's check functions and the constants they share, built on demand. */
export class CheckCompiler {
  private readonly functions: string[] = [];
  private readonly constants: string[] = [];
  private readonly functionNames = new Map<string, string>();
  private readonly names = new UniqueNames();
  private readonly constantNames = new Map<string, string>();
  private readonly inliner: RefInliner;
  /** Runtime helpers the generated code calls. */
  readonly helpers = new Set<string>(['addIssue']);

  readonly document: unknown;
  readonly specFile: string;

  constructor(document: unknown, specFile: string) {
    this.document = document;
    this.specFile = specFile;
    this.inliner = new RefInliner(document);
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

  /** Whether the schema at `pointer` is compiled where it is referenced instead of called. */
  inlines(pointer: string): boolean {
    return this.inliner.inlines(pointer);
  }

  uniqueName(preferred: string): string {
    return this.names.take(preferred);
  }

  /** Constants first (they only refer to functions, which are hoisted), then the functions. */
  render(): string {
    return [...this.constants, '', ...this.functions].join('\n');
  }
}
