import { describe, expect, it } from 'vitest';
import { stringFromPattern } from '../../src/spec-driven/string-from-pattern.ts';

describe('stringFromPattern', () => {
  it.each([
    { given: '^SM[0-9a-f]{32}$', want: `SM${'0'.repeat(32)}` },
    { given: '^\\+[1-9][0-9]{6,14}$', want: '+1000000' },
    { given: '^v[0-9]+\\.[0-9]+$', want: 'v0.0' },
    { given: '^(GET|POST)$', want: 'GET' },
    { given: '^[A-Z]{2}(-[A-Z]{2})?$', want: 'AA' },
    { given: '^[^@]+@example\\.com$', want: 'x@example.com' },
    { given: '\\d{3}-\\w+', want: '000-a' },
  ])('$given → $want', ({ given, want }) => {
    expect(stringFromPattern(given)).toBe(want);
    expect(new RegExp(given, 'u').test(want)).toBe(true);
  });

  it.each(['^(?=a)b$', '^(a)\\1$', '[unclosed'])('gives up on %s', (pattern) => {
    expect(stringFromPattern(pattern)).toBeUndefined();
  });
});
