import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { UnsafeXmlError, XmlCodecError } from './xml-codec-error.ts';
import { unescapeText } from './xml-text.ts';

/** One element of a parsed document, text already resolved. */
export interface XmlElement {
  /** Local name (namespace prefixes are dropped). */
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Concatenated text and CDATA content of this element (not of its children). */
  readonly text: string;
}

// Entity processing is off: fast-xml-parser never sees a DOCTYPE (refused below), and the five
// predefined entities and character references are resolved by unescapeText, nothing else.
const parser = new XMLParser({
  preserveOrder: true,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreAttributes: false,
  removeNSPrefix: true,
  attributeNamePrefix: '',
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
});

// A DOCTYPE is where entities (billion laughs) and external references (XXE) are declared.
const unsafe = /<!\s*(DOCTYPE|ENTITY)/i;

type ParsedNode = Record<string, unknown>;

/**
 * Parses an XML document safely: any DOCTYPE or ENTITY declaration is refused before parsing, the
 * document must be well-formed, and only predefined entities and character references are read.
 */
export function parseXmlDocument(text: string): XmlElement {
  const declaration = unsafe.exec(text);
  if (declaration) {
    throw new UnsafeXmlError(
      '',
      `refused an XML document with a <!${declaration[1]?.toUpperCase()}> declaration: DTDs and entity declarations are never processed (entity expansion, external entities)`,
    );
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new XmlCodecError('', `malformed XML at line ${line}, column ${col}: ${msg}`);
  }
  const roots = toElements(parser.parse(text) as ParsedNode[], '');
  const [root] = roots;
  if (!root || roots.length > 1) {
    throw new XmlCodecError('', `expected exactly one root element, found ${roots.length}`);
  }
  return root;
}

function toElements(nodes: readonly ParsedNode[], parentPath: string): XmlElement[] {
  const elements: XmlElement[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((key) => key !== ':@');
    if (name === undefined || name === '#text' || name === '#cdata') continue;
    elements.push(toElement(name, node, `${parentPath}/${name}`));
  }
  return elements;
}

function toElement(name: string, node: ParsedNode, path: string): XmlElement {
  const content = (node[name] ?? []) as ParsedNode[];
  let text = '';
  for (const child of content) {
    if (typeof child['#text'] === 'string') text += unescapeText(child['#text'], path);
    if (Array.isArray(child['#cdata'])) {
      for (const part of child['#cdata'] as ParsedNode[]) text += String(part['#text'] ?? '');
    }
  }
  return {
    name,
    attributes: (node[':@'] ?? {}) as Record<string, string>,
    children: toElements(content, path),
    text,
  };
}
