import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { compileModule } from './support/compile-module.ts';
import { checkSchemaAgainstOracle } from './support/differential.ts';

const document = JSON.parse(
  readFileSync(
    new URL(
      '../../../tools/codegen/src/validation/test/fixtures/keywords.openapi.json',
      import.meta.url,
    ),
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
