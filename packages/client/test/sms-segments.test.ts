import { describe, expect, it } from 'vitest';
import { countSegments } from '../src/sms-segments.ts';

describe('countSegments', () => {
  it.each([
    {
      label: 'empty text',
      text: '',
      want: { encoding: 'GSM-7', units: 0, segments: 1, perSegment: 160, remaining: 160 },
    },
    {
      label: '13 characters (the gateway’s example: 147 left)',
      text: 'test summary2',
      want: { encoding: 'GSM-7', units: 13, segments: 1, perSegment: 160, remaining: 147 },
    },
    {
      label: '160 GSM characters: one SMS',
      text: 'a'.repeat(160),
      want: { encoding: 'GSM-7', units: 160, segments: 1, perSegment: 160, remaining: 0 },
    },
    {
      label: '161: two segments of 153',
      text: 'a'.repeat(161),
      want: { encoding: 'GSM-7', units: 161, segments: 2, perSegment: 153, remaining: 145 },
    },
    {
      label: '306: exactly two segments',
      text: 'a'.repeat(306),
      want: { encoding: 'GSM-7', units: 306, segments: 2, perSegment: 153, remaining: 0 },
    },
    {
      label: '307: three segments',
      text: 'a'.repeat(307),
      want: { encoding: 'GSM-7', units: 307, segments: 3, perSegment: 153, remaining: 152 },
    },
    {
      label: '€ counts twice',
      text: '€',
      want: { encoding: 'GSM-7', units: 2, segments: 1, perSegment: 160, remaining: 158 },
    },
    {
      label: 'every extension character counts twice',
      text: '{[~^|\\]}€\f',
      want: { encoding: 'GSM-7', units: 20, segments: 1, perSegment: 160, remaining: 140 },
    },
    {
      label: '80 €: 160 septets, one SMS',
      text: '€'.repeat(80),
      want: { encoding: 'GSM-7', units: 160, segments: 1, perSegment: 160, remaining: 0 },
    },
    {
      label: '81 €: a € never straddles segments',
      text: '€'.repeat(81),
      want: { encoding: 'GSM-7', units: 162, segments: 2, perSegment: 153, remaining: 143 },
    },
    {
      label: 'GSM letters beyond ASCII',
      text: 'Ciao àèéìòù ÄÖÑÜß ΔΦΓΛΩΠΨΣΘΞ @£$¥',
      want: { encoding: 'GSM-7', units: 33, segments: 1, perSegment: 160, remaining: 127 },
    },
    {
      label: 'ç is not GSM-7 (only Ç is): UCS-2',
      text: 'ç',
      want: { encoding: 'UCS-2', units: 1, segments: 1, perSegment: 70, remaining: 69 },
    },
    {
      label: 'Cyrillic: UCS-2',
      text: 'Привет',
      want: { encoding: 'UCS-2', units: 6, segments: 1, perSegment: 70, remaining: 64 },
    },
    {
      label: '71 UCS-2 units: two segments of 67',
      text: `${'é'.repeat(70)}ç`,
      want: { encoding: 'UCS-2', units: 71, segments: 2, perSegment: 67, remaining: 63 },
    },
    {
      label: '70 GSM characters: far from full',
      text: 'x'.repeat(70),
      want: { encoding: 'GSM-7', units: 70, segments: 1, perSegment: 160, remaining: 90 },
    },
    {
      label: 'an emoji is two UTF-16 code units',
      text: '😀',
      want: { encoding: 'UCS-2', units: 2, segments: 1, perSegment: 70, remaining: 68 },
    },
    {
      label: '134 UCS-2 units: exactly two segments',
      text: 'ç'.repeat(134),
      want: { encoding: 'UCS-2', units: 134, segments: 2, perSegment: 67, remaining: 0 },
    },
  ])('$label', ({ text, want }) => {
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
