// Writes the corpus cases of corpus-cases.ts / corpus-api-cases.ts to test/corpus/<name>/.
// Run it after editing a case: `pnpm corpus`; the written files are committed.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import './corpus-api-cases.ts';
import { cases } from './corpus-cases.ts';

const root = resolve(import.meta.dirname, '../test/corpus');
const names = new Set<string>();
rmSync(root, { recursive: true, force: true });
for (const corpusCase of cases) {
  if (names.has(corpusCase.name)) throw new Error(`duplicate corpus case name ${corpusCase.name}`);
  names.add(corpusCase.name);
  const folder = resolve(root, corpusCase.name);
  mkdirSync(folder, { recursive: true });
  // JSON round trip drops `undefined` keys the case helpers leave behind.
  const clean = (value: unknown) => JSON.parse(JSON.stringify(value));
  writeFileSync(resolve(folder, 'base.yaml'), stringify(clean(corpusCase.base), { lineWidth: 0 }));
  writeFileSync(resolve(folder, 'head.yaml'), stringify(clean(corpusCase.head), { lineWidth: 0 }));
  const expected = corpusCase.expected.map(([id, level, location]) => ({ id, level, location }));
  writeFileSync(resolve(folder, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
}
console.log(`wrote ${cases.length} corpus cases to ${root}`);
