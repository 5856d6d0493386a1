// Writes src/twosms/client-tables.gen.ts: the 2SMS operation table and XML shapes, produced by
// @sms-contracts/codegen's client target exactly as for packages/client. The client package keeps
// them internal (its ./twosms subpath exports the client only), and the emulator's XML bodies
// must follow the same generated element names. `--check` reports drift instead (exit 1).
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@sms-contracts/codegen';
import { findApi } from '@sms-contracts/specs/registry';

const target = fileURLToPath(new URL('../src/twosms/client-tables.gen.ts', import.meta.url));
const check = process.argv.includes('--check');

const scratch = mkdtempSync(join(tmpdir(), 'emulator-client-tables-'));
try {
  mkdirSync(join(scratch, 'packages/client/src'), { recursive: true });
  await generate({ only: ['client'], outRoot: scratch, apis: [findApi('twosms')] });
  const source = readFileSync(join(scratch, 'packages/client/src/twosms.gen.ts'), 'utf8');
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  // No process.exit() in here: it would skip the clean-up below.
  if (current !== source && check) {
    console.error(`${target} is stale; run \`pnpm generate\``);
    process.exitCode = 1;
  } else if (current !== source) {
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, source);
    renameSync(temporary, target);
    console.log(`wrote ${target}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
