import { describe, expect, it } from 'vitest';
import { countSegments } from '../src/sms-segments.ts';

describe('countSegments', () => {
  it.each([
    // given, want
    ['', { encoding: 'GSM-7', units: 0, segments: 1, perSegment: 160, remaining: 160 }],
    [
      'test summary2',
      { encoding: 'GSM-7', units: 13, segments: 1, perSegment: 160, remaining: 147 },
    ],
    [
      'a'.repeat(160),
      { encoding: 'GSM-7', units: 160, segments: 1, perSegment: 160, remaining: 0 },
    ],
    [
      'a'.repeat(161),
      { encoding: 'GSM-7', units: 161, segments: 2, perSegment: 153, remaining: 145 },
    ],
    [
      'a'.repeat(306),
      { encoding: 'GSM-7', units: 306, segments: 2, perSegment: 153, remaining: 0 },
    ],
    [
      'a'.repeat(307),
      { encoding: 'GSM-7', units: 307, segments: 3, perSegment: 153, remaining: 152 },
    ],
    ['€', { encoding: 'GSM-7', units: 2, segments: 1, perSegment: 160, remaining: 158 }],
    [
      '{[~^|\\]}€\f',
      { encoding: 'GSM-7', units: 20, segments: 1, perSegment: 160, remaining: 140 },
    ],
    ['€'.repeat(80), { encoding: 'GSM-7', units: 160, segments: 1, perSegment: 160, remaining: 0 }],
    // 76 € fill 152 of segment 1's 153 septets (a € cannot be split), 5 € go to segment 2.
    [
      '€'.repeat(81),
      { encoding: 'GSM-7', units: 162, segments: 2, perSegment: 153, remaining: 143 },
    ],
    [
      'Ciao àèéìòù ÄÖÑÜß ΔΦΓΛΩΠΨΣΘΞ @£$¥',
      { encoding: 'GSM-7', units: 33, segments: 1, perSegment: 160, remaining: 127 },
    ],
    ['ç', { encoding: 'UCS-2', units: 1, segments: 1, perSegment: 70, remaining: 69 }],
    ['Привет', { encoding: 'UCS-2', units: 6, segments: 1, perSegment: 70, remaining: 64 }],
    [
      'é'.repeat(70) + 'ç',
      { encoding: 'UCS-2', units: 71, segments: 2, perSegment: 67, remaining: 63 },
    ],
    ['x'.repeat(70), { encoding: 'GSM-7', units: 70, segments: 1, perSegment: 160, remaining: 90 }],
    ['😀', { encoding: 'UCS-2', units: 2, segments: 1, perSegment: 70, remaining: 68 }],
    ['ç'.repeat(134), { encoding: 'UCS-2', units: 134, segments: 2, perSegment: 67, remaining: 0 }],
  ])('%#: %s', (text, want) => {
    expect(countSegments(text)).toEqual(want);
  });

  it('never splits an extension character across segments (152 septets + €: the € opens segment 2)', () => {
    const text = `${'a'.repeat(152)}€${'a'.repeat(10)}`;
    expect(countSegments(text)).toEqual({
      encoding: 'GSM-7',
      units: 164,
      segments: 2,
      perSegment: 153,
      remaining: 141,
    });
  });

  it('never splits a surrogate pair across UCS-2 segments', () => {
    const text = `${'ç'.repeat(66)}😀${'ç'.repeat(5)}`;
    expect(countSegments(text)).toEqual({
      encoding: 'UCS-2',
      units: 73,
      segments: 2,
      perSegment: 67,
      remaining: 60,
    });
  });

  it('treats the ESC code itself as outside the alphabet', () => {
    expect(countSegments('\u001b').encoding).toBe('UCS-2');
  });
});
