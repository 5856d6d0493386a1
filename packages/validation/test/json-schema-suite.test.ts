// Every required test of the JSON Schema Test Suite (draft 2020-12) through the project's
// compiler, formats as annotations (the dialect's default). See json-schema-suite/.
import { describeSuite, readKnownFailures } from './json-schema-suite/run-suite.ts';
import { suiteFiles } from './json-schema-suite/suite-corpus.ts';

await describeSuite(
  'JSON Schema Test Suite, draft 2020-12, required',
  suiteFiles(''),
  'none',
  readKnownFailures('known-failures-required.json'),
);
