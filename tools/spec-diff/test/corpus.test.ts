import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { DiffOptions } from '../src/diff/context.ts';
import { diffSpecs } from '../src/diff/diff-specs.ts';
import { loadSpec } from '../src/load/load-spec.ts';
import {
  catalogue,
  fixedRules,
  lifecycleRules,
  schemaFamilies,
  schemaSubjects,
} from '../src/rules.ts';

interface Expected {
  id: string;
  level: string;
  location: string;
}

const corpus = resolve(import.meta.dirname, 'corpus');
const folders = readdirSync(corpus, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const byKey = (a: Expected, b: Expected) =>
  `${a.location}|${a.id}`.localeCompare(`${b.location}|${b.id}`);
const expectedOf = (folder: string): Expected[] =>
  JSON.parse(readFileSync(resolve(corpus, folder, 'expected.json'), 'utf8'));

// `options.json`, when a case has one: `{ deprecationDays?, now? }` (now as a date).
function optionsOf(folder: string): DiffOptions {
  const path = resolve(corpus, folder, 'options.json');
  if (!existsSync(path)) return { now: new Date('2026-12-04') };
  const { now, deprecationDays } = JSON.parse(readFileSync(path, 'utf8'));
  return { now: new Date(now ?? '2026-12-04'), ...(deprecationDays ? { deprecationDays } : {}) };
}

describe('corpus', () => {
  test('has at least 100 cases', () => {
    expect(folders.length).toBeGreaterThanOrEqual(100);
  });

  test.each(folders)('%s', async (folder) => {
    const file = (name: string) => ({
      kind: 'file' as const,
      label: `${folder}/${name}`,
      path: resolve(corpus, folder, name),
    });
    const report = diffSpecs(
      await loadSpec(file('base.yaml'), corpus),
      await loadSpec(file('head.yaml'), corpus),
      optionsOf(folder),
    );
    const actual = report.changes
      .map(({ id, level, location }) => ({ id, level, location }))
      .sort(byKey);
    expect(actual).toEqual(expectedOf(folder).sort(byKey));
  });
});

describe('corpus coverage of the catalogue', () => {
  const seen = new Set(folders.flatMap((folder) => expectedOf(folder).map((change) => change.id)));

  test('every expected id is a catalogue rule at its catalogue level', () => {
    for (const folder of folders) {
      for (const change of expectedOf(folder))
        expect(catalogue.get(change.id)?.level, `${folder}: ${change.id}`).toBe(change.level);
    }
  });

  test('every fixed rule has a case', () => {
    const missing = [...fixedRules, ...lifecycleRules]
      .map((rule) => rule.id)
      .filter((id) => !seen.has(id));
    expect(missing).toEqual([]);
  });

  test('every schema rule family has a case in the request and in the response direction', () => {
    const missing: string[] = [];
    for (const family of schemaFamilies) {
      for (const direction of ['request', 'response'] as const) {
        const covered = schemaSubjects[direction].some((subject) =>
          seen.has(`${subject}-${family.suffix}`),
        );
        if (!covered) missing.push(`${direction} ${family.suffix}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('every schema subject has a case', () => {
    const subjects = [...schemaSubjects.request, ...schemaSubjects.response];
    const missing = subjects.filter(
      (subject) =>
        ![...seen].some(
          (id) => id.startsWith(`${subject}-`) && !fixedRules.some((rule) => rule.id === id),
        ),
    );
    expect(missing).toEqual([]);
  });
});
