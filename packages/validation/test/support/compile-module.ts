// Compiles an OpenAPI document with the real emitter into a module under test/.generated and
// imports it, so behaviour tests run exactly the code generation would write.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emitValidators } from '@sms-contracts/codegen';
import type { OpenApiDocument } from '@sms-contracts/specs/load-api';
import type { Validator } from '../../src/runtime/index.ts';

const generatedDir = join(import.meta.dirname, '../.generated');

/** What a generated module exports, seen without its generated types. */
export interface CompiledModule {
  readonly schemas: Record<string, Validator<unknown>>;
  readonly operations: Record<
    string,
    {
      readonly parameters: Record<string, Validator<unknown>>;
      readonly requestBody?: Record<string, Validator<unknown>>;
      readonly responses: Record<string, Record<string, Validator<unknown>>>;
    }
  >;
}

export function emitForTest(name: string, document: OpenApiDocument): string {
  return emitValidators({
    apiName: name,
    specFile: `${name}.openapi.json`,
    document,
    typesImport: `@sms-contracts/types/${name}`,
    runtimeImport: '../../src/runtime/index.ts',
  });
}

export async function compileModule(
  name: string,
  document: OpenApiDocument,
): Promise<CompiledModule> {
  mkdirSync(generatedDir, { recursive: true });
  const file = join(generatedDir, `${name}.gen.ts`);
  writeFileSync(file, emitForTest(name, document));
  return (await import(/* @vite-ignore */ file)) as CompiledModule;
}

/** A document with only `components.schemas`, for tests about single schemas. */
export function documentWith(schemas: Record<string, unknown>): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: { title: 'test', version: '1' },
    paths: {},
    components: { schemas },
  } as OpenApiDocument;
}
