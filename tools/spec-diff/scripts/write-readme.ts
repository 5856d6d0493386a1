// Writes the generated sections of the README (rule catalogue, policy deviations), then formats it.
// Run after changing a rule or spec-gate-policy.txt: `pnpm --filter @sms-contracts/spec-diff readme`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withGeneratedSections } from './readme-sections.ts';

const file = resolve(import.meta.dirname, '../README.md');
writeFileSync(file, withGeneratedSections(readFileSync(file, 'utf8')));
execFileSync('pnpm', ['exec', 'biome', 'format', '--write', file], { stdio: 'inherit' });
