// The official JSON Schema Test Suite (draft 2020-12) as the compiler sees it: each test file's
// groups, and the documents their references may reach (the suite's remotes, served at
// http://localhost:1234/, and the 2020-12 metaschemas), handed to the compiler, never fetched.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { SchemaDocument } from '@sms-contracts/codegen';

/** The suite's folder: a copy kept in the repository (see its README). */
const suiteRoot = join(import.meta.dirname, '../fixtures/json-schema-test-suite');

const testsRoot = join(suiteRoot, 'tests/draft2020-12');

export interface SuiteTest {
  readonly description: string;
  readonly data: unknown;
  readonly valid: boolean;
}

export interface SuiteGroup {
  readonly description: string;
  readonly schema: unknown;
  readonly tests: readonly SuiteTest[];
}

/** A test file: `minLength.json`, `optional/bignum.json`, `optional/format/email.json`. */
export interface SuiteFile {
  readonly name: string;
  readonly groups: readonly SuiteGroup[];
}

/** The test files of a folder below tests/draft2020-12 (`''` for the required ones). */
export function suiteFiles(folder: '' | 'optional' | 'optional/format'): SuiteFile[] {
  const directory = join(testsRoot, folder);
  return readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      name: folder === '' ? name : `${folder}/${name}`,
      groups: JSON.parse(readFileSync(join(directory, name), 'utf8')) as SuiteGroup[],
    }));
}

/** Every document a suite schema may reference: the remotes and the 2020-12 metaschemas. */
export function suiteDocuments(): SchemaDocument[] {
  return [...remotes(), ...metaschemas()];
}

function remotes(): SchemaDocument[] {
  const root = join(suiteRoot, 'remotes');
  return listJson(root).map((file) => ({
    uri: `http://localhost:1234/${relative(root, file).split('\\').join('/')}`,
    content: JSON.parse(readFileSync(file, 'utf8')),
    file,
  }));
}

/** The 2020-12 metaschema and its vocabularies, as ajv ships them (MIT). */
function metaschemas(): SchemaDocument[] {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('ajv/dist/refs/json-schema-2020-12/schema.json'));
  return listJson(root).map((file) => {
    const content = JSON.parse(readFileSync(file, 'utf8')) as { $id: string };
    return { uri: content.$id, content, file };
  });
}

function listJson(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return listJson(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}
