#!/usr/bin/env node
// sms-codegen [types|validation|client|emulator ...] [--check]
// Regenerates the .gen.ts files of every registry API; --check only reports drift (exit 1).
import { parseArgs } from 'node:util';
import { generate } from './generate.ts';
import type { TargetName } from './targets.ts';

const known: readonly TargetName[] = ['types', 'validation', 'client', 'emulator'];
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { check: { type: 'boolean', default: false } },
});
const unknown = positionals.filter((name) => !known.includes(name as TargetName));
if (unknown.length > 0) {
  console.error(
    `sms-codegen: unknown target ${unknown.join(', ')} (expected: ${known.join(', ')})`,
  );
  process.exit(2);
}

try {
  const only = positionals.length > 0 ? (positionals as TargetName[]) : undefined;
  const { changed } = await generate({ only, check: values.check });
  if (values.check && changed.length > 0) {
    console.error(`generated code is stale; run \`pnpm generate\`:\n  ${changed.join('\n  ')}`);
    process.exit(1);
  }
  for (const file of changed) console.log(`wrote ${file}`);
} catch (error) {
  // A bad spec is the user's input: say what and where, without a stack trace.
  console.error(`sms-codegen: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
