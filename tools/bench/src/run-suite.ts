// Child process entry: runs one suite and writes its rows as JSON to the file named.
//   node run-suite.ts <suite> <out.json> [--quick]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { suites } from './suite.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { quick: { type: 'boolean', default: false } },
});
const [name, out] = positionals;
const suite = suites.find((candidate) => candidate.name === name);
if (!suite || !out) {
  const known = suites.map((candidate) => candidate.name).join(', ');
  throw new Error(
    `usage: run-suite.ts <suite> <out.json> [--quick]; suites: ${known}; got ${positionals.join(' ')}`,
  );
}
const rows = await suite.run({ quick: values.quick });
writeFileSync(out, JSON.stringify(rows));
// Loopback servers, agents or timers a suite left behind must not keep the process alive.
process.exit(0);
