// A module of validators for standalone JSON Schemas (not an OpenAPI document): each schema is
// the root document of its own compilation, so `#/…` references and `$id`s mean what JSON
// Schema says. The JSON Schema Test Suite, the differential tests and the benchmarks use it.
import { CheckCompiler } from './check-compiler.ts';
import { UniqueNames } from './check-names.ts';
import type { FormatPolicy } from './keywords.ts';
import { runtimeImports } from './runtime-imports.ts';
import { type SchemaDocument, SchemaRegistry } from './schema-registry.ts';

export interface EmitSchemaModuleInput {
  /** The schemas, each exported as `schemas[name]`; `document.uri` is its retrieval URI. */
  readonly schemas: readonly { readonly name: string; readonly document: SchemaDocument }[];
  /** Documents their references may point to (remote schemas, metaschemas). @default [] */
  readonly documents?: readonly SchemaDocument[];
  /** @default 'default' */
  readonly formats?: FormatPolicy;
  /** @default './runtime/index.ts' */
  readonly runtimeImport?: string;
}

/** The TypeScript source of a module exporting `schemas: Record<name, Validator<unknown>>`. */
export function emitSchemaModule(input: EmitSchemaModuleInput): string {
  const names = new UniqueNames();
  const compiled = input.schemas.map(({ name, document }, index) => {
    const registry = new SchemaRegistry({ ...document, kind: 'schema' }, input.documents);
    const compiler = new CheckCompiler(registry, document.file ?? document.uri, {
      formats: input.formats,
      names,
      prefix: `s${index}_`,
    });
    const check = compiler.checkFor('', `check_${name}`);
    return { name, check, compiler };
  });
  const compilers = compiled.map((entry) => entry.compiler);
  compilers[0]?.helpers.add('createValidator');
  return [
    ...runtimeImports(compilers, input.runtimeImport ?? './runtime/index.ts', ['Validator']),
    '',
    ...compilers.map((compiler) => compiler.render()),
    '',
    'export const schemas: Record<string, Validator<unknown>> = {',
    ...compiled.map(
      ({ name, check }) => `${JSON.stringify(name)}: /* @__PURE__ */ createValidator(${check}),`,
    ),
    '};',
    '',
  ].join('\n');
}
