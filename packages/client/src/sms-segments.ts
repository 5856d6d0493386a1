import { gsmSeptets } from './gsm-alphabet.ts';

/** How a text is split into SMS segments. */
export interface SegmentCount {
  /** GSM-7 when every character is in the GSM 03.38 default alphabet (or its extension), else UCS-2. */
  readonly encoding: 'GSM-7' | 'UCS-2';
  /** Septets (GSM-7, extension characters count twice) or UTF-16 code units (UCS-2) the text takes. */
  readonly units: number;
  /** SMS segments the text is sent as (an empty text still goes as one SMS). */
  readonly segments: number;
  /** Units per segment: 160 or 70 for a single SMS, 153 or 67 once the text is concatenated. */
  readonly perSegment: number;
  /** Units still free in the last segment before one more segment is needed. */
  readonly remaining: number;
}

const limits = {
  'GSM-7': { single: 160, concatenated: 153 },
  'UCS-2': { single: 70, concatenated: 67 },
} as const;

/**
 * Counts the SMS segments of a text the way the gateway bills them: GSM 03.38 7-bit when every
 * character fits (160 per SMS, 153 per segment of a concatenated SMS, extension characters such
 * as `€ [ ] { } ^ ~ | \` taking two septets), otherwise UCS-2 (70, then 67 UTF-16 code units).
 * A two-unit character (GSM escape sequence, UTF-16 surrogate pair) is never split across
 * segments, so a segment can end one unit short.
 */
export function countSegments(text: string): SegmentCount {
  const widths: number[] = [];
  let encoding: SegmentCount['encoding'] = 'GSM-7';
  for (const character of text) {
    const septets = gsmSeptets(character);
    if (septets === 0) {
      encoding = 'UCS-2';
      break;
    }
    widths.push(septets);
  }
  if (encoding === 'UCS-2') {
    widths.length = 0;
    for (const character of text) widths.push(character.length);
  }

  const units = widths.reduce((sum, width) => sum + width, 0);
  const { single, concatenated } = limits[encoding];
  if (units <= single) {
    return { encoding, units, segments: 1, perSegment: single, remaining: single - units };
  }
  // Greedy packing, as handsets and SMSCs do: a character that does not fit whole starts the next segment.
  let segments = 1;
  let used = 0;
  for (const width of widths) {
    if (used + width > concatenated) {
      segments += 1;
      used = 0;
    }
    used += width;
  }
  return { encoding, units, segments, perSegment: concatenated, remaining: concatenated - used };
}
