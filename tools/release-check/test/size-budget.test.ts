import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { budgetBytes, sizeBudget } from '../src/size-budget.ts';

describe('budgetBytes', () => {
  const cases = [
    { given: '5 kB', want: 5000 },
    { given: '5 KB', want: 5000 },
    { given: '8.5 kB', want: 8500 },
    { given: '1 KiB', want: 1024 },
    { given: '532 B', want: 532 },
    { given: '900b', want: 900 },
  ];
  it.each(cases)('$given → $want bytes', ({ given, want }) => {
    expect(budgetBytes(given)).toBe(want);
  });
  it('refuses what size-limit would not read', () => {
    expect(() => budgetBytes('five kB')).toThrowError(
      'size budget: expected a number and B, kB or KiB, got "five kB"',
    );
  });
});

describe('sizeBudget', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reads the budget of a file from .size-limit.js, and names the file it cannot find', async () => {
    dir = mkdtempSync(join(tmpdir(), 'release-check-budget-'));
    writeFileSync(join(dir, 'package.json'), '{"name":"a"}');
    writeFileSync(
      join(dir, '.size-limit.js'),
      "export default [{ path: 'dist/a.js', limit: '5 kB' }, { path: ['dist/b.js'], limit: '1 kB' }];\n",
    );
    await expect(sizeBudget(dir, 'dist/a.js')).resolves.toBe('5 kB');
    await expect(sizeBudget(dir, 'dist/b.js')).resolves.toBe('1 kB');
    await expect(sizeBudget(dir, 'dist/c.js')).rejects.toThrowError(
      `${dir}: expected a size-limit budget for dist/c.js, found none`,
    );
  });

  it('reads the package.json size-limit field first', async () => {
    dir = mkdtempSync(join(tmpdir(), 'release-check-budget-'));
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ 'size-limit': [{ path: 'dist/a.js', limit: '2 kB' }] }),
    );
    await expect(sizeBudget(dir, 'dist/a.js')).resolves.toBe('2 kB');
  });
});
