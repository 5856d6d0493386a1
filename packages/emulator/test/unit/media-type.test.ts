import { describe, expect, it } from 'vitest';
import { mediaTypeOf, negotiate } from '../../src/http/media-type.ts';

const offered = ['application/json', 'text/json', 'application/xml', 'text/xml'];

describe('negotiate', () => {
  it.each([
    { accept: undefined, want: 'application/json' },
    { accept: '*/*', want: 'application/json' },
    { accept: 'application/xml', want: 'application/xml' },
    { accept: 'text/xml', want: 'text/xml' },
    { accept: 'text/*', want: 'text/json' },
    { accept: 'application/json;q=0.5, application/xml', want: 'application/xml' },
    { accept: 'text/html', want: 'application/json' },
    { accept: 'application/xml;q=0', want: 'application/json' },
    { accept: '*/*;q=0.1, text/xml', want: 'text/xml' },
  ])('Accept: $accept → $want', ({ accept, want }) => {
    expect(negotiate(accept, offered)).toBe(want);
  });
});

describe('mediaTypeOf', () => {
  it.each([
    { given: 'application/json; charset=utf-8', want: 'application/json' },
    { given: 'Text/XML', want: 'text/xml' },
    { given: '', want: undefined },
    { given: null, want: undefined },
  ])('$given → $want', ({ given, want }) => {
    expect(mediaTypeOf(given)).toBe(want);
  });
});
