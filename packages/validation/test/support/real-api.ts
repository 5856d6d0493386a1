// The differential test of one registry API: its bundled spec, compiled by the real emitter.
import { bundleApi } from '@sms-contracts/specs/load-api';
import { describe, it } from 'vitest';
import { compileModule } from './compile-module.ts';
import { checkSchemaAgainstOracle } from './differential.ts';

export async function describeApiDifferential(apiName: string): Promise<void> {
  const document = await bundleApi(apiName);
  const module = await compileModule(apiName, document);
  describe(`${apiName} schemas agree with @hyperjump/json-schema (OpenAPI 3.1 dialect)`, () => {
    for (const name of Object.keys(document.components?.schemas ?? {})) {
      it(name, async () => {
        await checkSchemaAgainstOracle(apiName, document, module, name);
      });
    }
  });
}
