// The statements of one check function, and the entry that compiles a (sub)schema into them:
// boolean schemas, `$ref` (in place or called), and array loops moved to functions of their own.
import { CodegenError } from '../errors.ts';
import { isObject } from '../openapi-walk.ts';
import type { CheckCompiler } from './check-compiler.ts';
import { checkName } from './check-names.ts';
import { childPath, literal, pathAt } from './code-snippets.ts';
import { resolvePointer, SchemaReader } from './schema-reader.ts';
import { isBareRef, isTrivial } from './trivial-schemas.ts';
import { compileTyped } from './type-checks.ts';

/** The statements of one check function; the keyword compilers write through it. */
export class FunctionBody {
  private readonly lines: string[] = [];
  private variables = 0;
  readonly compiler: CheckCompiler;
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

  /** Records an issue at `segments` (fast mode: fail at once). */
  fail(segments: readonly string[], message: string): void {
    this.emit(
      'if (e === undefined) return false;',
      `ok = addIssue(e, ${pathAt(segments)}, ${message});`,
    );
  }

  /** Records an issue about the value `v` itself. */
  failValue(segments: readonly string[], message: string, v: string): void {
    this.fail(segments, message);
    this.breakOnHole(v);
  }

  breakOnHole(v: string): void {
    if (v === this.loopItem) this.emit(`if (${v} === undefined) break;`);
  }

  /** Compiles the body of an array loop over `item` (see `loopItem`). */
  inLoopOver(item: string, compileBody: () => void): void {
    const outer = this.loopItem;
    this.loopItem = item;
    compileBody();
    this.loopItem = outer;
  }

  /** `expected <what>, got <value>`. */
  expected(what: string, value: string): string {
    this.compiler.helpers.add('expected');
    return `expected(${literal(what)}, ${value})`;
  }

  /** Runs another check function on `value`; its failure is this function's failure. */
  call(check: string, value: string, segments: readonly string[]): void {
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
    compileTyped(this, reader, v, segments);
  }

  /** A check function for a subschema: the referenced one for a bare `$ref`, else a new one. */
  subschemaCheck(schema: unknown, pointer: string, suffix: string): string {
    if (isObject(schema) && typeof schema.$ref === 'string' && isBareRef(schema)) {
      const ref = new SchemaReader(this.compiler.specFile, schema, pointer).ref() ?? '';
      return this.compiler.checkFor(ref, checkName(ref));
    }
    return this.compiler.checkFor(pointer, `${this.name}_${suffix}`, schema);
  }
}
