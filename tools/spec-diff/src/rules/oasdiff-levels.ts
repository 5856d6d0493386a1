// oasdiff's catalogue of checks with their default levels (`oasdiff-rules.tsv`: oasdiff/oasdiff at
// commit 4553c69, Apache-2.0). Default mode takes every level from here, so an id oasdiff has means
// in our reports what it means in oasdiff's.
import { readFileSync } from 'node:fs';
import type { Level } from '../model.ts';

function readCatalogue(): ReadonlyMap<string, Level> {
  const text = readFileSync(new URL('./oasdiff-rules.tsv', import.meta.url), 'utf8');
  const levels = new Map<string, Level>();
  for (const line of text.trim().split('\n').slice(1)) {
    const [id, level] = line.split('\t');
    if (!id || (level !== 'ERR' && level !== 'WARN' && level !== 'INFO'))
      throw new Error(`spec-diff internal error: oasdiff-rules.tsv: bad line "${line}"`);
    levels.set(id, level);
  }
  return levels;
}

/** oasdiff's level of each of its check ids. */
export const oasdiffLevels: ReadonlyMap<string, Level> = readCatalogue();
