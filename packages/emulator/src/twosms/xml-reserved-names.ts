// Names that would reach Object.prototype if an XML element became an object key; the XML parser
// refuses them with a bare "[SECURITY] Invalid name", so the emulator finds the element's path.
const reserved = new Set(['__proto__', 'constructor', 'prototype']);

// Start tags, end tags and self-closing tags; comments, CDATA, declarations and PIs are skipped.
const tags = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[!?][^>]*>|<(\/?)([^\s/>]+)[^>]*?(\/?)>/g;

/** An element's local name as a key: namespace prefix dropped, `_xHHHH_` escapes decoded. */
function keyOf(name: string): string {
  const local = name.slice(name.indexOf(':') + 1);
  return local.replace(/_x([0-9A-Fa-f]{8}|[0-9A-Fa-f]{4})_/g, (_, digits: string) =>
    String.fromCodePoint(Number.parseInt(digits, 16)),
  );
}

/**
 * The element path (`/MessageV2/Contacts/QuickRecipients/__proto__`) of the first element whose
 * name, read as a key, is a reserved JavaScript name; undefined when there is none.
 */
export function reservedElementPath(text: string): string | undefined {
  const open: string[] = [];
  for (const match of text.matchAll(tags)) {
    const [, closing, name, selfClosing] = match;
    if (name === undefined) continue;
    if (closing) {
      open.pop();
      continue;
    }
    const local = name.slice(name.indexOf(':') + 1);
    if (reserved.has(keyOf(name))) return `/${[...open, local].join('/')}`;
    if (!selfClosing) open.push(local);
  }
  return undefined;
}
