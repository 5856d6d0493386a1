import { describe, expect, it } from 'vitest';
import { readPreferences } from '../../src/spec-driven/prefer.ts';

describe('readPreferences', () => {
  it.each([
    { header: 'code=404', query: '', want: { code: '404' } },
    { header: 'code=200, example="blue"', query: '', want: { code: '200', example: 'blue' } },
    { header: 'dynamic=true; code=201', query: '', want: { code: '201', dynamic: true } },
    { header: 'respond-async, wait=5', query: '', want: {} },
    { header: null, query: '__code=503&__example=down', want: { code: '503', example: 'down' } },
    { header: 'code=400', query: '__code=503', want: { code: '400' } },
    { header: null, query: '__dynamic=false', want: { dynamic: false } },
  ])('Prefer: $header, ?$query', ({ header, query, want }) => {
    expect(readPreferences(header, new URLSearchParams(query))).toEqual(want);
  });
});
