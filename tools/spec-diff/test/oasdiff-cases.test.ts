// oasdiff's own checker tests, run through spec-diff in default mode: the highest level and the
// ERR/WARN ids must be oasdiff's, except for the cases in oasdiff-divergences.yaml (each with why
// oasdiff is wrong there).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { oasdiffCases, runOasdiffCase } from './support/oasdiff-case.ts';

interface Divergence {
  readonly case: string;
  readonly reason: string;
}

const names = readdirSync(oasdiffCases, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const divergences: Divergence[] = parse(
  readFileSync(resolve(import.meta.dirname, 'oasdiff-divergences.yaml'), 'utf8'),
);
const apart = new Map(divergences.map((entry) => [entry.case, entry.reason]));
const agreeing: string[] = [];

describe('oasdiff checker cases', () => {
  test('the corpus is whole (111 cases) and every divergence names one of them', () => {
    expect(names).toHaveLength(111);
    expect(divergences.filter((entry) => !names.includes(entry.case))).toEqual([]);
    for (const entry of divergences) expect(entry.reason.length, entry.case).toBeGreaterThan(80);
  });

  test.each(names)('%s', async (name) => {
    const result = await runOasdiffCase(name);
    if (result.agrees) agreeing.push(name);
    if (apart.has(name)) {
      // A listed divergence that now agrees is stale: take it out of the file.
      expect(result.agrees, `${name} agrees with oasdiff now`).toBe(false);
    } else {
      expect(result.ours).toEqual(result.oasdiff);
    }
  });

  afterAll(() => {
    console.log(
      `oasdiff checker cases: ${agreeing.length} of ${names.length} agree with oasdiff (level and ERR/WARN ids); ${apart.size} known divergences`,
    );
  });
});
