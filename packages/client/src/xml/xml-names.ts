// Dictionary keys become element names the way .NET's XmlConvert.EncodeName does it: a character
// that cannot stand in a name at its position is written `_xHHHH_`, and so is an underscore that
// would otherwise read as the start of such an escape. DecodeName reverses it exactly.

// XML 1.0 NameStartChar and NameChar ranges (BMP part; ':' left out, it means a namespace).
const nameStartRanges: readonly (readonly [number, number])[] = [
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x2ff],
  [0x370, 0x37d],
  [0x37f, 0x1fff],
  [0x200c, 0x200d],
  [0x2070, 0x218f],
  [0x2c00, 0x2fef],
  [0x3001, 0xd7ff],
  [0xf900, 0xfdcf],
  [0xfdf0, 0xfffd],
];
const nameRanges: readonly (readonly [number, number])[] = [
  [0x2d, 0x2e],
  [0x30, 0x39],
  [0xb7, 0xb7],
  [0x300, 0x36f],
  [0x203f, 0x2040],
];

const inRanges = (code: number, ranges: readonly (readonly [number, number])[]) =>
  ranges.some(([low, high]) => code >= low && code <= high);

function hex(codePoint: number): string {
  const digits = codePoint.toString(16).toUpperCase();
  return `_x${digits.padStart(codePoint > 0xffff ? 8 : 4, '0')}_`;
}

/** Turns any non-empty string into a valid XML element name, reversibly. */
export function encodeName(key: string): string {
  let out = '';
  let index = 0;
  for (const character of key) {
    const codePoint = character.codePointAt(0) ?? 0;
    const escapesUnderscore = character === '_' && /^x[0-9A-Fa-f]{4}/.test(key.slice(index + 1));
    const allowed =
      inRanges(codePoint, nameStartRanges) || (index > 0 && inRanges(codePoint, nameRanges));
    out += allowed && !escapesUnderscore && codePoint <= 0xffff ? character : hex(codePoint);
    index += character.length;
  }
  return out;
}

/** The key an element name written by {@link encodeName} stands for. */
export function decodeName(name: string): string {
  return name.replace(/_x([0-9A-Fa-f]{8}|[0-9A-Fa-f]{4})_/g, (_, digits: string) =>
    String.fromCodePoint(Number.parseInt(digits, 16)),
  );
}
