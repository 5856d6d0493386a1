// Compiles the groups of one suite file into one module (each group's schema its own root
// document) with the real compiler, writes it under test/.generated and imports it. A group the
// compiler refuses is reported with the compiler's message instead of failing the whole file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormatPolicy } from '@sms-contracts/codegen';
import { emitSchemaModule } from '@sms-contracts/codegen';
import type { Validator } from '../../src/runtime/index.ts';
import { type SuiteFile, suiteDocuments } from './suite-corpus.ts';

const generatedDir = join(import.meta.dirname, '../.generated/json-schema-suite');
const documents = suiteDocuments();

export interface CompiledSuiteFile {
  /** Per group index, its validator or why it did not compile. */
  readonly groups: readonly ({ validator: Validator<unknown> } | { refused: string })[];
}

/** The module name of a group. */
const groupName = (index: number) => `group${index}`;

export async function compileSuiteFile(
  file: SuiteFile,
  formats: FormatPolicy,
): Promise<CompiledSuiteFile> {
  const refused = new Map<number, string>();
  const schemas = file.groups.map((group, index) => ({
    name: groupName(index),
    document: {
      uri: `https://json-schema-test-suite.invalid/${file.name}/${index}.json`,
      content: group.schema,
      file: `${file.name} (group ${index})`,
    },
  }));
  const emit = (entries: typeof schemas) =>
    emitSchemaModule({
      schemas: entries,
      documents,
      formats,
      runtimeImport: '../../../src/runtime/index.ts',
    });
  let source: string;
  try {
    source = emit(schemas);
  } catch {
    // Find the groups it refuses, one by one, and compile the others together.
    for (const [index, entry] of schemas.entries()) {
      try {
        emit([entry]);
      } catch (error) {
        refused.set(index, (error as Error).message);
      }
    }
    source = emit(schemas.filter((_, index) => !refused.has(index)));
  }
  mkdirSync(generatedDir, { recursive: true });
  const path = join(generatedDir, `${file.name.replaceAll('/', '-')}.${String(formats)}.gen.ts`);
  writeFileSync(path, source);
  const module = (await import(/* @vite-ignore */ path)) as {
    schemas: Record<string, Validator<unknown>>;
  };
  return {
    groups: file.groups.map((_, index) => {
      const validator = module.schemas[groupName(index)];
      return validator === undefined
        ? { refused: refused.get(index) ?? 'not compiled' }
        : { validator };
    }),
  };
}
