import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { policySection, withGeneratedSections } from '../scripts/readme-sections.ts';
import { catalogue, fixedRules, lifecycleRules } from '../src/rules.ts';

const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');
// Biome aligns Markdown tables: compare with runs of spaces and of table dashes collapsed.
const loose = (text: string) => text.replace(/ +/g, ' ').replace(/-{3,}/g, '---');

test('the generated sections of the README (catalogue, policy deviations) are up to date', () => {
  expect(loose(readme), 'run `pnpm readme` in tools/spec-diff').toBe(
    loose(withGeneratedSections(readme)),
  );
});

test('the README lists every fixed rule with its level and whose id it is', () => {
  const rows = loose(readme).split('\n');
  for (const { id } of [...fixedRules, ...lifecycleRules]) {
    const rule = catalogue.get(id);
    const row = rows.find((line) => line.startsWith(`| \`${id}\` | ${rule?.level} |`));
    expect(row, id).toBeDefined();
    expect(row?.endsWith(rule?.source === 'oasdiff' ? '| oasdiff |' : '| **ours** |'), id).toBe(
      true,
    );
  }
});

test('every line of spec-gate-policy.txt is a row of the policy deviations', () => {
  const policy = readFileSync(resolve(import.meta.dirname, '../spec-gate-policy.txt'), 'utf8');
  const lines = policy.split('\n').filter((line) => line.trim() && !line.startsWith('#'));
  expect(loose(policySection()).split('\n')).toHaveLength(lines.length + 2);
  for (const line of lines) expect(loose(readme)).toContain(`| \`${line.split(' ')[0]}\` |`);
});
