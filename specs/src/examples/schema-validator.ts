// An independent OpenAPI 3.1 validator (@hyperjump/json-schema's OpenAPI dialect, formats on),
// used to check the specs' own examples. Our generated validators are tested against it too.
import '@hyperjump/json-schema/formats';
import { registerSchema, setShouldValidateSchema } from '@hyperjump/json-schema';
import { BASIC, getSchema, interpret, Validation } from '@hyperjump/json-schema/experimental';
import * as Instance from '@hyperjump/json-schema/instance/experimental';
import { setShouldValidateFormat } from '@hyperjump/json-schema/openapi-3-1';
import type { OpenApiDocument } from '../load-api.ts';

setShouldValidateFormat(true);
// The documents are linted (Redocly's struct rule) before anything validates against them; checking
// every schema against the meta-schema again costs minutes on a vendor's spec.
setShouldValidateSchema(false);

/** Error messages (with JSON pointers) for `value` against the schema at `pointer`; empty when valid. */
export type SchemaValidator = (pointer: string, value: unknown) => Promise<string[]>;

/**
 * A validator for schemas inside `document`, addressed by JSON pointer. Every pointer is compiled
 * into one shared AST, so a schema that many pointers reach is compiled once (a vendor spec of
 * 500 schemas takes seconds instead of minutes).
 */
let registered = 0;

export function documentValidator(name: string, document: OpenApiDocument): SchemaValidator {
  // Registered once under the dialect Hyperjump gives an OpenAPI 3.1 document: read from a file,
  // it would be fetched and parsed again for every pointer.
  const base = `https://sms-contracts.invalid/${encodeURIComponent(name)}/${++registered}.openapi.json`;
  registerSchema(document as never, base, 'https://spec.openapis.org/oas/3.1/schema-base');
  const ast = { metaData: {}, plugins: new Set() } as unknown as Parameters<
    typeof Validation.compile
  >[1];
  return async (pointer, value) => {
    const schema = await getSchema(`${base}#${encodeURI(pointer)}`);
    const schemaUri = await Validation.compile(schema, ast, schema);
    const output = interpret({ ast, schemaUri }, Instance.fromJs(value as never), BASIC);
    if (output.valid) return [];
    return (output.errors ?? []).map(
      (error) => `${error.instanceLocation}: fails ${error.absoluteKeywordLocation.split('#')[1]}`,
    );
  };
}
