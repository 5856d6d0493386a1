// An independent OpenAPI 3.1 validator (@hyperjump/json-schema's OpenAPI dialect, formats on),
// used to check the specs' own examples. Our generated validators are tested against it too.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import '@hyperjump/json-schema/formats';
import { BASIC } from '@hyperjump/json-schema/experimental';
import { setShouldValidateFormat, validate } from '@hyperjump/json-schema/openapi-3-1';
import type { OpenApiDocument } from '../../src/load-api.ts';

setShouldValidateFormat(true);

/** Error messages (with JSON pointers) for `value` against the schema at `pointer`; empty when valid. */
export type SchemaValidator = (pointer: string, value: unknown) => Promise<string[]>;

/** A validator for schemas inside `document`, addressed by JSON pointer. */
export function documentValidator(name: string, document: OpenApiDocument): SchemaValidator {
  // Hyperjump recognises an OpenAPI document by the `.openapi.json` file extension.
  const file = join(mkdtempSync(join(tmpdir(), 'spec-')), `${name}.openapi.json`);
  writeFileSync(file, JSON.stringify(document));
  const base = pathToFileURL(file).href;
  return async (pointer, value) => {
    const output = await validate(`${base}#${encodeURI(pointer)}`, value as never, BASIC);
    if (output.valid) return [];
    return (output.errors ?? []).map(
      (error) => `${error.instanceLocation}: fails ${error.absoluteKeywordLocation.split('#')[1]}`,
    );
  };
}
