import { XmlCodecError } from './xml-codec-error.ts';
import { parseXmlDocument, type XmlElement } from './xml-document.ts';
import { decodeName, encodeName } from './xml-names.ts';
import type { XmlBody, XmlShape } from './xml-shape.ts';
import { escapeText } from './xml-text.ts';

/** The named shapes an API's generated module exports as `xmlShapes`. */
export type XmlShapes = Readonly<Record<string, XmlShape>>;

export interface EncodeXmlOptions {
  /**
   * Indentation per level, or `false` for one line.
   * @default '  ' (two spaces, as ASP.NET writes its samples)
   */
  readonly indent?: string | false;
}

// ASP.NET's XmlSerializer declares these on every root; `xsi` also marks nulls (`xsi:nil`).
const rootNamespaces =
  'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

/**
 * Writes a value of the spec's JSON data model as the XML document `body` describes: element
 * names, property order, arrays, dictionaries and enum names all come from the generated shapes.
 * `null` is written `xsi:nil="true"`; properties the shape does not know are not written.
 */
export function encodeXml(
  value: unknown,
  body: XmlBody,
  shapes: XmlShapes,
  options: EncodeXmlOptions = {},
): string {
  const writer = new XmlWriter(shapes, options.indent ?? '  ');
  writer.element(body.root, value, body.shape, 0, `/${body.root}`, rootNamespaces);
  return writer.output();
}

/**
 * Reads an XML document into the spec's JSON data model by the shape of `body`: `<ID>` becomes
 * `messageId`, enum names become their numbers, repeated elements become arrays. The document is
 * parsed safely (no DOCTYPE, no entity expansion). Errors name the element path.
 */
export function decodeXml(text: string, body: XmlBody, shapes: XmlShapes): unknown {
  const root = parseXmlDocument(text);
  if (root.name !== body.root) {
    throw new XmlCodecError(
      `/${root.name}`,
      `expected the root element <${body.root}>, found <${root.name}>`,
    );
  }
  return new XmlReader(shapes).read(root, body.shape, `/${root.name}`);
}

function resolve(
  shapes: XmlShapes,
  shape: XmlShape,
  path: string,
): Exclude<XmlShape, { kind: 'ref' }> {
  let current = shape;
  for (let hops = 0; current.kind === 'ref'; hops++) {
    const next = shapes[current.name];
    if (!next || hops > 32) {
      throw new XmlCodecError(path, `no XML shape named "${current.name}" in the generated shapes`);
    }
    current = next;
  }
  return current;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

class XmlWriter {
  private readonly lines: string[] = [];
  private readonly shapes: XmlShapes;
  private readonly indent: string | false;

  constructor(shapes: XmlShapes, indent: string | false) {
    this.shapes = shapes;
    this.indent = indent;
  }

  output(): string {
    return this.lines.join(this.indent === false ? '' : '\n');
  }

  /** Writes `<name>` for `value`; array items inside it are named `itemElement`, else `name`. */
  element(
    name: string,
    value: unknown,
    shape: XmlShape,
    depth: number,
    path: string,
    attributes = '',
  ): void {
    const pad = this.indent === false ? '' : this.indent.repeat(depth);
    const open = attributes ? `${name} ${attributes}` : name;
    if (value === null) {
      this.lines.push(`${pad}<${open} xsi:nil="true" />`);
      return;
    }
    const resolved = resolve(this.shapes, shape, path);
    switch (resolved.kind) {
      case 'scalar': {
        const text = this.scalar(value, resolved, path);
        this.lines.push(text === '' ? `${pad}<${open} />` : `${pad}<${open}>${text}</${name}>`);
        return;
      }
      case 'object': {
        if (typeof value !== 'object' || Array.isArray(value)) {
          throw new XmlCodecError(path, `expected an object, found ${describe(value)}`);
        }
        const record = value as Record<string, unknown>;
        const start = this.lines.length;
        for (const property of resolved.properties) {
          const child = record[property.key];
          if (child === undefined) continue;
          this.property(
            property.element,
            child,
            property.shape,
            depth + 1,
            `${path}/${property.element}`,
          );
        }
        this.wrap(start, pad, open, name);
        return;
      }
      case 'array': {
        // An array as a whole element (a root, or a wrapped property): items go inside it.
        const start = this.lines.length;
        this.items(value, resolved, resolved.itemElement ?? name, depth + 1, path);
        this.wrap(start, pad, open, name);
        return;
      }
      case 'map': {
        if (typeof value !== 'object' || Array.isArray(value)) {
          throw new XmlCodecError(
            path,
            `expected an object used as a dictionary, found ${describe(value)}`,
          );
        }
        const start = this.lines.length;
        for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
          if (child === undefined) continue;
          if (key === '')
            throw new XmlCodecError(path, 'a dictionary key is empty; XML needs a name');
          const element = encodeName(key);
          this.element(element, child, resolved.values, depth + 1, `${path}/${element}`);
        }
        this.wrap(start, pad, open, name);
        return;
      }
    }
  }

  /** A property: unwrapped arrays repeat the item element in place of a wrapper. */
  private property(
    element: string,
    value: unknown,
    shape: XmlShape,
    depth: number,
    path: string,
  ): void {
    const resolved = value === null ? shape : resolve(this.shapes, shape, path);
    if (resolved.kind === 'array' && !resolved.wrapped) {
      this.items(value, resolved, resolved.itemElement ?? element, depth, path);
      return;
    }
    this.element(element, value, shape, depth, path);
  }

  private items(
    value: unknown,
    shape: Extract<XmlShape, { kind: 'array' }>,
    itemElement: string,
    depth: number,
    path: string,
  ): void {
    if (!Array.isArray(value))
      throw new XmlCodecError(path, `expected an array, found ${describe(value)}`);
    value.forEach((item, index) => {
      this.element(itemElement, item, shape.items, depth, `${path}/${itemElement}[${index}]`);
    });
  }

  /** Closes an element whose children were pushed from line `start` on. */
  private wrap(start: number, pad: string, open: string, name: string): void {
    if (this.lines.length === start) {
      this.lines.push(`${pad}<${open} />`);
      return;
    }
    this.lines.splice(start, 0, `${pad}<${open}>`);
    this.lines.push(`${pad}</${name}>`);
  }

  private scalar(
    value: unknown,
    shape: Extract<XmlShape, { kind: 'scalar' }>,
    path: string,
  ): string {
    if (shape.names) {
      for (const [name, member] of Object.entries(shape.names)) if (member === value) return name;
    }
    switch (shape.type) {
      case 'string':
        if (typeof value !== 'string')
          throw new XmlCodecError(path, `expected a string, found ${describe(value)}`);
        return escapeText(value, path);
      case 'integer':
        if (!Number.isSafeInteger(value))
          throw new XmlCodecError(path, `expected an integer, found ${describe(value)}`);
        return String(value);
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) {
          throw new XmlCodecError(path, `expected a finite number, found ${describe(value)}`);
        }
        return String(value);
      case 'boolean':
        if (typeof value !== 'boolean')
          throw new XmlCodecError(path, `expected true or false, found ${describe(value)}`);
        return String(value);
      case 'unknown':
        if (typeof value === 'string') return escapeText(value, path);
        if (typeof value === 'number' || typeof value === 'boolean') return String(value);
        throw new XmlCodecError(
          path,
          `expected text, a number or a boolean, found ${describe(value)}`,
        );
    }
  }
}

const integerText = /^[+-]?\d+$/;
const numberText = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

class XmlReader {
  private readonly shapes: XmlShapes;

  constructor(shapes: XmlShapes) {
    this.shapes = shapes;
  }

  /** Reads `element` by `shape`. */
  read(element: XmlElement, shape: XmlShape, path: string): unknown {
    const nil = element.attributes.nil;
    if (nil === 'true' || nil === '1') return null;
    const resolved = resolve(this.shapes, shape, path);
    switch (resolved.kind) {
      case 'scalar':
        if (element.children.length > 0) {
          throw new XmlCodecError(
            path,
            `expected text, found the child element <${element.children[0]?.name}>`,
          );
        }
        return this.scalar(element.text, resolved, path);
      case 'object': {
        this.elementOnly(element, path);
        const out: Record<string, unknown> = {};
        for (const property of resolved.properties) {
          const target = resolve(this.shapes, property.shape, path);
          if (target.kind === 'array' && !target.wrapped) {
            const name = target.itemElement ?? property.element;
            const items = element.children.filter((child) => child.name === name);
            if (items.length > 0) out[property.key] = this.items(items, target, `${path}/${name}`);
            continue;
          }
          const matches = element.children.filter((child) => child.name === property.element);
          if (matches.length > 1) {
            throw new XmlCodecError(
              `${path}/${property.element}`,
              `expected one <${property.element}>, found ${matches.length}`,
            );
          }
          const [match] = matches;
          if (match)
            out[property.key] = this.read(match, property.shape, `${path}/${property.element}`);
        }
        return out;
      }
      case 'array': {
        this.elementOnly(element, path);
        const name = resolved.itemElement ?? element.name;
        const items = element.children.filter((child) => child.name === name);
        const stray = element.children.find((child) => child.name !== name);
        if (stray)
          throw new XmlCodecError(
            `${path}/${stray.name}`,
            `expected <${name}> items, found <${stray.name}>`,
          );
        return this.items(items, resolved, `${path}/${name}`);
      }
      case 'map': {
        this.elementOnly(element, path);
        const out: Record<string, unknown> = {};
        for (const child of element.children) {
          out[decodeName(child.name)] = this.read(child, resolved.values, `${path}/${child.name}`);
        }
        return out;
      }
    }
  }

  private items(
    items: readonly XmlElement[],
    shape: Extract<XmlShape, { kind: 'array' }>,
    path: string,
  ): unknown[] {
    return items.map((item, index) => this.read(item, shape.items, `${path}[${index}]`));
  }

  private elementOnly(element: XmlElement, path: string): void {
    if (element.text.trim() !== '') {
      throw new XmlCodecError(
        path,
        `expected child elements, found the text ${JSON.stringify(element.text.trim().slice(0, 40))}`,
      );
    }
  }

  private scalar(
    text: string,
    shape: Extract<XmlShape, { kind: 'scalar' }>,
    path: string,
  ): unknown {
    if (shape.names && Object.hasOwn(shape.names, text)) return shape.names[text];
    const known = shape.names ? ` or one of the names ${Object.keys(shape.names).join(', ')}` : '';
    switch (shape.type) {
      case 'string':
      case 'unknown':
        return text;
      case 'integer': {
        const trimmed = text.trim();
        const number = Number(trimmed);
        if (!integerText.test(trimmed) || !Number.isSafeInteger(number)) {
          throw new XmlCodecError(path, `expected an integer${known}, found ${describe(text)}`);
        }
        return number;
      }
      case 'number': {
        const trimmed = text.trim();
        if (!numberText.test(trimmed))
          throw new XmlCodecError(path, `expected a number${known}, found ${describe(text)}`);
        return Number(trimmed);
      }
      case 'boolean': {
        const trimmed = text.trim();
        if (trimmed === 'true' || trimmed === '1') return true;
        if (trimmed === 'false' || trimmed === '0') return false;
        throw new XmlCodecError(path, `expected true or false, found ${describe(text)}`);
      }
    }
  }
}
