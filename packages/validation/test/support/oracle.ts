// The independent validator the differential tests compare with: @hyperjump/json-schema reading
// the OpenAPI 3.1 document itself, with format assertion on.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { addFormat, setFormatHandler } from '@hyperjump/json-schema/experimental';
import { setShouldValidateFormat, validate } from '@hyperjump/json-schema/openapi-3-1';
import '@hyperjump/json-schema/formats-lite';

// The OpenAPI format registry defines int32/int64 as signed ranges; hyperjump knows only the
// JSON Schema formats, so they are taught here with the registry's definition.
const rangeFormats = { int32: 2 ** 31, int64: 2 ** 63 };
for (const [name, limit] of Object.entries(rangeFormats)) {
  const id = `https://spec.openapis.org/registry/format/${name}`;
  addFormat({
    id,
    handler: (value: unknown) => typeof value !== 'number' || (value >= -limit && value < limit),
  });
  setFormatHandler('https://json-schema.org/keyword/draft-2020-12/format', name, id);
}
setShouldValidateFormat(true);

export type OracleCheck = (value: unknown) => boolean;

/** A verdict function per component schema of `document`. */
export async function oracleFor(
  name: string,
  document: unknown,
): Promise<(schema: string) => Promise<OracleCheck>> {
  const file = join(mkdtempSync(join(tmpdir(), 'sms-oracle-')), `${name}.openapi.json`);
  writeFileSync(file, JSON.stringify(document));
  const base = pathToFileURL(file).href;
  return async (schema) => {
    const check = await validate(`${base}#/components/schemas/${encodeURIComponent(schema)}`);
    return (value) => check(value as Parameters<typeof check>[0]).valid;
  };
}
