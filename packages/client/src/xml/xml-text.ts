import { XmlCodecError } from './xml-codec-error.ts';

const predefined: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

// XML 1.0 Char production: tab, LF, CR and everything from U+0020 except surrogates and FFFE/FFFF.
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const needsEscape = /[&<>\r]/;

/**
 * Escapes text content. `\r` is written as a character reference because parsers turn a literal
 * one into `\n`; characters XML 1.0 cannot carry at all are refused.
 */
export function escapeText(text: string, path: string): string {
  const bad = notXmlChar.exec(text);
  if (bad) {
    const code = bad[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
    throw new XmlCodecError(path, `text with a character XML 1.0 cannot carry (U+${code})`);
  }
  if (!needsEscape.test(text)) return text;
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\r', '&#xD;');
}

/**
 * Resolves the five predefined entities and numeric character references. Anything else is an
 * error: with DOCTYPEs refused, no other entity can be defined, so none is ever expanded.
 */
export function unescapeText(text: string, path: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;&\s]*);?/g, (match, name: string) => {
    if (!match.endsWith(';')) {
      throw new XmlCodecError(path, `expected an entity reference ending in ';', found "${match}"`);
    }
    if (name.startsWith('#')) {
      const code = name.startsWith('#x')
        ? Number.parseInt(name.slice(2), 16)
        : Number(name.slice(1));
      const valid = /^#(x[0-9a-fA-F]+|[0-9]+)$/.test(name) && code <= 0x10ffff;
      const character = valid ? String.fromCodePoint(code) : '';
      if (!valid || notXmlChar.test(character)) {
        throw new XmlCodecError(path, `expected a valid character reference, found "${match}"`);
      }
      return character;
    }
    const replacement = predefined[name];
    if (replacement === undefined) {
      throw new XmlCodecError(
        path,
        `undefined entity "${match}" (only &amp; &lt; &gt; &quot; &apos; and character references are read)`,
      );
    }
    return replacement;
  });
}
