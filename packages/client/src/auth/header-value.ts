/** A character a credential cannot hold: not visible ASCII, or a space at either end. */
export const unsafeCharacter = /[^\x20-\x7e]|^ | $/;

const named: Readonly<Record<number, string>> = {
  10: ' (a line feed)',
  13: ' (a carriage return)',
};

/**
 * Why `value` cannot travel in an HTTP header (or a query or cookie credential), or `undefined`
 * when it can: visible ASCII, inner spaces allowed. Says what and where, never the value (a
 * secret). fetch would refuse it quoting the whole header, and a line break could smuggle a
 * second header.
 */
export function unsafeCredential(value: string): string | undefined {
  const index = value.search(unsafeCharacter);
  if (index < 0) return undefined;
  const code = value.charCodeAt(index);
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  return `contains U+${hex}${named[code] ?? ''} at index ${index}; expected visible ASCII on one line (it is sent in an HTTP header)`;
}
