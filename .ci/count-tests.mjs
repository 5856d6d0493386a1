// Sums every vitest summary line ("Tests  3 failed | 40 passed (43)") in a CI log, so .ci/run can
// end with one plain "N passed, N failed" line across all packages and turbo replays.
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const log = stripVTControlCharacters(readFileSync(process.argv[2], 'utf8'));
let passed = 0;
let failed = 0;
for (const line of log.split('\n')) {
  const summary = line.match(/^\s*(?:\S+:\s+)?Tests\s+(.*)\(\d+\)\s*$/);
  if (!summary) continue;
  passed += Number(summary[1].match(/(\d+) passed/)?.[1] ?? 0);
  failed += Number(summary[1].match(/(\d+) failed/)?.[1] ?? 0);
}
console.log(`${passed} passed, ${failed} failed`);
