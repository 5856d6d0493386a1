import { readdirSync, readFileSync } from 'node:fs';

const seedsDir = new URL('../../../../specs/seeds/', import.meta.url);
const seedFile = readdirSync(seedsDir).find((name) => name.startsWith('004_'));
if (!seedFile) throw new Error(`no seed 004_*.txt in ${seedsDir.pathname}`);
const seed = readFileSync(new URL(seedFile, seedsDir), 'utf8').replaceAll('\r\n', '\n');

/** The seed's XML sample whose root element is `root`. */
export function xmlSample(root: string): string {
  const match = new RegExp(`<${root}\\b[\\s\\S]*?</${root}>`).exec(seed);
  if (!match) throw new Error(`seed ${seedFile}: no <${root}> sample`);
  return match[0];
}

/** The seed's JSON sample whose first key is `firstKey`. */
export function jsonSample(firstKey: string): Record<string, unknown> {
  const match = new RegExp(`\\{\\n  "${firstKey}"[\\s\\S]*?\\n\\}`).exec(seed);
  if (!match) throw new Error(`seed ${seedFile}: no JSON sample starting with "${firstKey}"`);
  return JSON.parse(match[0]);
}
