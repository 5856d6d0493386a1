import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { catalogue, fixedRules, schemaFamilies } from '../src/rules.ts';

// Biome aligns Markdown tables; compare with runs of spaces collapsed.
const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8').replace(
  / +/g,
  ' ',
);

test('the README catalogue lists every rule with its level', () => {
  const missing = fixedRules
    .filter((rule) => !readme.includes(`| \`${rule.id}\` | ${rule.level} |`))
    .map((rule) => rule.id);
  expect(missing).toEqual([]);
});

test('the README catalogue lists every schema rule family with its levels', () => {
  const missing = schemaFamilies
    .filter((family) => {
      const request = catalogue.get(`request-property-${family.suffix}`)?.level;
      const response = catalogue.get(`response-property-${family.suffix}`)?.level;
      return !readme.includes(`| \`${family.suffix}\` | ${request} | ${response} |`);
    })
    .map((family) => family.suffix);
  expect(missing).toEqual([]);
});
