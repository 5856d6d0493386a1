// A tiny reader for the flat, attribute-light XML samples of ASP.NET Help pages: enough to
// compare element names, order and text with a schema, with no XML dependency.

/** One element: its name, attributes, child elements in document order and trimmed text. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const tokenPattern = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
const attributePattern = /([\w:.-]+)="([^"]*)"/g;

/** Parses `xml` into its root element; throws on unbalanced or stray markup. */
export function parseXmlElement(xml: string): XmlElement {
  const open: XmlElement[] = [];
  let root: XmlElement | undefined;
  let consumed = 0;
  for (const match of xml.matchAll(tokenPattern)) {
    if (match.index !== consumed) {
      throw new Error(
        `XML: unexpected markup at offset ${consumed}: ${xml.slice(consumed, consumed + 30)}`,
      );
    }
    consumed = match.index + match[0].length;
    const [, closing, name, attributeText, selfClosing, text] = match;
    const parent = open.at(-1);
    if (text !== undefined) {
      if (parent) parent.text += text;
      else if (text.trim() !== '')
        throw new Error(`XML: text outside the root element: "${text.trim()}"`);
      continue;
    }
    if (closing) {
      const element = open.pop();
      if (!element || element.name !== name) {
        throw new Error(`XML: </${name}> closes <${element?.name ?? 'nothing'}>`);
      }
      element.text = element.text.trim();
      if (open.length === 0) root = element;
      continue;
    }
    const attributes = Object.fromEntries(
      [...(attributeText ?? '').matchAll(attributePattern)].map(([, key, value]) => [key, value]),
    );
    const element: XmlElement = { name: name ?? '', attributes, children: [], text: '' };
    parent?.children.push(element);
    if (selfClosing) {
      if (!parent) root = element;
    } else {
      open.push(element);
    }
  }
  if (consumed !== xml.length || open.length > 0 || !root) {
    throw new Error(
      `XML: incomplete document (open: ${open.map((e) => e.name).join(' > ') || 'none'})`,
    );
  }
  return root;
}
