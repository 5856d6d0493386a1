import { expect, it } from 'vitest';
import { codePointLength } from '../../src/runtime/string-length.ts';

it.each([
  ['', 0],
  ['abc', 3],
  ['\u{1F600}', 1],
  ['a\u{1F600}b', 3],
  ['\uD83D', 1],
  ['\uDE00\uD83D', 2],
  ['é', 1],
])('codePointLength(%j) is %d, as [...text].length', (given, want) => {
  expect(codePointLength(given)).toBe(want);
  expect(codePointLength(given)).toBe([...given].length);
});
