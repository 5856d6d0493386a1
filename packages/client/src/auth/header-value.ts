const names: Readonly<Record<number, string>> = {
  0: 'a NUL character (U+0000)',
  9: 'a tab (U+0009)',
  10: 'a line feed (U+000A)',
  13: 'a carriage return (U+000D)',
};

/**
 * Why `value` cannot travel in an HTTP header (or a query/cookie credential), or `undefined` when
 * it can. Says what and where, never the value: it is a secret. fetch would refuse it with an
 * error quoting the whole header, and a line break could smuggle a second header.
 */
export function unsafeCredential(value: string): string | undefined {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 0x21 && code <= 0x7e) continue;
    if (code === 0x20 && index > 0 && index < value.length - 1) continue;
    const what =
      names[code] ??
      (code === 0x20
        ? 'a leading or trailing space'
        : code < 0x20 || code === 0x7f
          ? `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`
          : `a non-ASCII character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`);
    return `contains ${what} at index ${index}; expected visible ASCII on one line (it is sent in an HTTP header)`;
  }
  return undefined;
}
