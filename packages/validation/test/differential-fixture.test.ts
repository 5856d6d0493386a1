import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { compileModule } from './support/compile-module.ts';
import { checkSchemaAgainstOracle } from './support/differential.ts';

const document = JSON.parse(
  readFileSync(
    fileURLToPath(import.meta.resolve('@sms-contracts/codegen/fixtures/keywords.openapi.json')),
    'utf8',
  ),
);
const module = await compileModule('fixture', document);

describe('fixture schemas agree with @hyperjump/json-schema (OpenAPI 3.1 dialect)', () => {
  for (const name of Object.keys(document.components.schemas)) {
    it(name, async () => {
      await checkSchemaAgainstOracle('fixture', document, module, name, {
        oneSided: ['Anything', 'Nothing'],
      });
    });
  }
});
