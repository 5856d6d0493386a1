// The optional tests of the JSON Schema Test Suite (draft 2020-12), reported apart from the
// required ones: optional/format with every format asserted, the rest as the dialect says.
import { describeSuite, readKnownFailures } from './json-schema-suite/run-suite.ts';
import { suiteFiles } from './json-schema-suite/suite-corpus.ts';

const knownFailures = readKnownFailures('known-failures-optional.json');

await describeSuite(
  'JSON Schema Test Suite, draft 2020-12, optional (without format)',
  suiteFiles('optional'),
  'none',
  knownFailures,
);

await describeSuite(
  'JSON Schema Test Suite, draft 2020-12, optional/format (formats asserted)',
  suiteFiles('optional/format'),
  'all',
  knownFailures,
);
