// Every schema resource the compiler may reach, indexed once at generation time: `$id`,
// `$anchor`, `$dynamicAnchor`, the base URI of each subschema and the vocabularies its dialect
// enables. References resolve here, never over the network: remote documents are handed in.
import { isObject, type JsonObject, pointerSegment } from '../openapi-walk.ts';
import { type Dialect, dialectOf } from './vocabularies.ts';

/** A JSON Schema document given to the compiler, as if fetched from `uri`. */
export interface SchemaDocument {
  /** Its retrieval URI, e.g. `http://localhost:1234/integer.json`. */
  readonly uri: string;
  /** The parsed document (a schema, or an OpenAPI document for the main one). */
  readonly content: unknown;
  /** For error messages. @default uri */
  readonly file?: string;
}

/**
 * A location is the main document's JSON pointer (`''`, `/components/schemas/X`), or for any other
 * document `<uri>#<pointer>`: error messages about the main document keep their plain pointers.
 */
export type Location = string;

interface IndexedDocument {
  readonly uri: string;
  readonly file: string;
  readonly content: unknown;
  /** Its `$ref`s and `$dynamicRef`s with their base URIs, to find the documents it reaches. */
  readonly references: { reference: string; base: string }[];
  usesDynamicRef: boolean;
  usesUnevaluated: boolean;
}

/** Subschema-valued keywords: a schema, a list of schemas, or a map of schemas. */
const singleSchemaKeywords = [
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'items',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'contentSchema',
];
const schemaListKeywords = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const schemaMapKeywords = [
  'properties',
  'patternProperties',
  '$defs',
  'dependentSchemas',
  // draft 7's form of dependentSchemas, read for compatibility (its lists are not schemas).
  'dependencies',
];

/** The index of the main document and every document given with it. */
export class SchemaRegistry {
  private readonly documents: IndexedDocument[] = [];
  /** Resource URI (no fragment) → location of its root. */
  private readonly resources = new Map<string, Location>();
  /** `<resource uri>#<anchor>` → location, for `$anchor` and `$dynamicAnchor`. */
  private readonly anchors = new Map<string, Location>();
  /** Resource URI → its `$dynamicAnchor` names and where each is. */
  private readonly dynamicAnchorsByResource = new Map<string, Map<string, Location>>();
  private readonly baseByNode = new WeakMap<object, string>();
  private readonly dialectByNode = new WeakMap<object, Dialect>();
  private readonly pending: { node: JsonObject; schemaUri: string }[] = [];
  /** The documents the main one reaches (set once indexing is done). */
  private reached: ReadonlySet<IndexedDocument> = new Set();
  /** The document being indexed. */
  private current: IndexedDocument | undefined;
  /** Whether a schema the main document reaches uses `$dynamicRef`: checks carry a dynamic scope. */
  readonly usesDynamicRef: boolean;
  /** Whether a schema the main document reaches uses `unevaluatedProperties`/`unevaluatedItems`. */
  readonly usesUnevaluated: boolean;

  /**
   * @param main the main document: an OpenAPI document (`kind: 'openapi'`, schemas under
   *   `components.schemas` and every `schema` field) or a JSON Schema (`kind: 'schema'`).
   */
  constructor(
    main: SchemaDocument & { readonly kind: 'openapi' | 'schema' },
    others: readonly SchemaDocument[] = [],
  ) {
    this.add(main, main.kind, true);
    for (const document of others) this.add(document, 'schema', false);
    // Dialects are known once every metaschema is indexed.
    for (const { node, schemaUri } of this.pending) this.applyDialect(node, schemaUri);
    const reached = this.reachedDocuments();
    this.reached = new Set(reached);
    this.usesDynamicRef = reached.some((document) => document.usesDynamicRef);
    this.usesUnevaluated = reached.some((document) => document.usesUnevaluated);
  }

  /** The main document and every document its references lead to, transitively. */
  private reachedDocuments(): IndexedDocument[] {
    const main = this.documents[0];
    if (main === undefined) return [];
    const reached = new Set<IndexedDocument>([main]);
    for (const document of reached) {
      for (const { reference, base } of document.references) {
        const location = this.resolve(reference, base);
        const target = location === undefined ? undefined : this.split(location).document;
        if (target !== undefined) reached.add(target);
      }
    }
    return [...reached];
  }

  private add(document: SchemaDocument, kind: 'openapi' | 'schema', isMain: boolean): void {
    const uri = withoutFragment(resolveUri(document.uri, document.uri));
    const index = this.documents.length;
    this.current = {
      uri,
      file: document.file ?? document.uri,
      content: document.content,
      references: [],
      usesDynamicRef: false,
      usesUnevaluated: false,
    };
    this.documents.push(this.current);
    const prefix = isMain ? '' : `${uri}#`;
    if (index > 0 && isMain) throw new Error('the main document comes first');
    this.resources.set(uri, prefix);
    if (kind === 'openapi') this.walkOpenApi(document.content, prefix, uri);
    else this.walkSchema(document.content, prefix, uri, uri);
  }

  /** OpenAPI: component schemas and every `schema` field, skipping examples. */
  private walkOpenApi(node: unknown, location: string, base: string): void {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        this.walkOpenApi(item, `${location}/${index}`, base);
      });
      return;
    }
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const child = `${location}/${pointerSegment(key)}`;
      if (key === 'example' || key === 'examples') continue;
      if (location.endsWith('/components/schemas') || key === 'schema') {
        this.walkSchema(value, child, base, base);
      } else {
        this.walkOpenApi(value, child, base);
      }
    }
  }

  private walkSchema(node: unknown, location: string, base: string, resource: string): void {
    if (!isObject(node)) return;
    let ownBase = base;
    let ownResource = resource;
    if (typeof node.$id === 'string') {
      ownBase = withoutFragment(resolveUri(node.$id, base));
      ownResource = ownBase;
      this.resources.set(ownBase, location);
    }
    if (typeof node.$schema === 'string') this.pending.push({ node, schemaUri: node.$schema });
    this.baseByNode.set(node, ownBase);
    if (typeof node.$anchor === 'string')
      this.anchors.set(`${ownResource}#${node.$anchor}`, location);
    if (typeof node.$dynamicAnchor === 'string') {
      this.anchors.set(`${ownResource}#${node.$dynamicAnchor}`, location);
      const names = this.dynamicAnchorsByResource.get(ownResource) ?? new Map<string, Location>();
      names.set(node.$dynamicAnchor, location);
      this.dynamicAnchorsByResource.set(ownResource, names);
    }
    const current = this.current;
    if (current !== undefined) {
      for (const key of ['$ref', '$dynamicRef']) {
        const reference = node[key];
        if (typeof reference === 'string') current.references.push({ reference, base: ownBase });
      }
      if (node.$dynamicRef !== undefined) current.usesDynamicRef = true;
      if (node.unevaluatedProperties !== undefined || node.unevaluatedItems !== undefined) {
        current.usesUnevaluated = true;
      }
    }
    for (const key of singleSchemaKeywords) {
      this.walkSchema(node[key], `${location}/${key}`, ownBase, ownResource);
    }
    for (const key of schemaListKeywords) {
      const list = node[key];
      if (!Array.isArray(list)) continue;
      list.forEach((item, index) => {
        this.walkSchema(item, `${location}/${key}/${index}`, ownBase, ownResource);
      });
    }
    for (const key of schemaMapKeywords) {
      const map = node[key];
      if (!isObject(map)) continue;
      for (const [name, value] of Object.entries(map)) {
        this.walkSchema(value, `${location}/${key}/${pointerSegment(name)}`, ownBase, ownResource);
      }
    }
  }

  /**
   * Applies a `$schema`'s `$vocabulary`: keywords of vocabularies it leaves out are annotations,
   * and the format-assertion vocabulary asserts every known format.
   */
  private applyDialect(node: JsonObject, schemaUri: string): void {
    const location = this.resources.get(withoutFragment(schemaUri));
    const metaschema = location === undefined ? undefined : this.node(location);
    if (!isObject(metaschema) || !isObject(metaschema.$vocabulary)) return;
    const dialect = dialectOf(Object.keys(metaschema.$vocabulary));
    const mark = (schema: unknown) => {
      if (!isObject(schema) || this.dialectByNode.has(schema)) return;
      this.dialectByNode.set(schema, dialect);
      forEachSubschema(schema, mark);
    };
    mark(node);
  }

  /** The base URI a schema object's relative references resolve against. */
  baseOf(node: unknown): string | undefined {
    return isObject(node) ? this.baseByNode.get(node) : undefined;
  }

  /** The base URI at a location: that of the nearest indexed schema at or above it. */
  baseAt(location: Location): string {
    let current = location;
    for (;;) {
      const base = this.baseOf(this.node(current));
      if (base !== undefined) return base;
      const slash = current.lastIndexOf('/');
      const hash = current.indexOf('#');
      if (slash < 0 || slash < hash) break;
      current = current.slice(0, slash);
    }
    const hash = current.indexOf('#');
    return hash < 0 ? this.mainUri : current.slice(0, hash);
  }

  /** What the schema's dialect (its `$schema`'s `$vocabulary`) enables, when it says. */
  dialectOf(node: JsonObject): Dialect | undefined {
    return this.dialectByNode.get(node);
  }

  /** The main document's base URI. */
  get mainUri(): string {
    return this.documents[0]?.uri ?? '';
  }

  /** Where a reference leads, or `undefined` when no document given holds it. */
  resolve(reference: string, base: string): Location | undefined {
    const absolute = resolveUri(reference, base);
    const hash = absolute.indexOf('#');
    const resource = hash < 0 ? absolute : absolute.slice(0, hash);
    const fragment = hash < 0 ? '' : decodeFragment(absolute.slice(hash + 1));
    if (fragment === '' || fragment.startsWith('/')) {
      const root = this.resources.get(resource);
      return root === undefined ? undefined : `${root}${fragment}`;
    }
    return this.anchors.get(`${resource}#${fragment}`);
  }

  /** Every schema the main document reaches that declares `$dynamicAnchor: name`. */
  dynamicAnchorCandidates(name: string): Location[] {
    const candidates: Location[] = [];
    for (const anchors of this.dynamicAnchorsByResource.values()) {
      const location = anchors.get(name);
      const document = location === undefined ? undefined : this.split(location).document;
      if (location !== undefined && document !== undefined && this.reached.has(document)) {
        candidates.push(location);
      }
    }
    return candidates;
  }

  /** The `$dynamicAnchor` names of the resource a schema belongs to, and where each is. */
  dynamicAnchorsOf(base: string): ReadonlyMap<string, Location> | undefined {
    return this.dynamicAnchorsByResource.get(base);
  }

  /** The value at a location (`undefined` when there is none). */
  node(location: Location): unknown {
    const { document, pointer } = this.split(location);
    return resolvePointer(document?.content, pointer);
  }

  /** The file and the document's own pointer of a location, for error messages. */
  where(location: Location): { file: string; pointer: string } {
    const { document, pointer } = this.split(location);
    return { file: document?.file ?? '', pointer };
  }

  private split(location: Location): { document: IndexedDocument | undefined; pointer: string } {
    if (location === '' || location.startsWith('/')) {
      return { document: this.documents[0], pointer: location };
    }
    const hash = location.indexOf('#');
    const uri = location.slice(0, hash);
    return {
      document: this.documents.find((document) => document.uri === uri),
      pointer: location.slice(hash + 1),
    };
  }
}

/** Calls `visit` on each direct subschema of a schema object. */
export function forEachSubschema(schema: JsonObject, visit: (subschema: unknown) => void): void {
  for (const key of singleSchemaKeywords) visit(schema[key]);
  for (const key of schemaListKeywords) {
    const list = schema[key];
    if (Array.isArray(list)) list.forEach(visit);
  }
  for (const key of schemaMapKeywords) {
    const map = schema[key];
    if (isObject(map)) Object.values(map).forEach(visit);
  }
}

/** Resolves a reference against a base URI (RFC 3986), keeping URNs and fragments intact. */
export function resolveUri(reference: string, base: string): string {
  try {
    return new URL(reference, base).href;
  } catch {
    // A URN base cannot take a relative path; a fragment still applies to it.
    if (reference.startsWith('#')) return `${withoutFragment(base)}${reference}`;
    return reference;
  }
}

function withoutFragment(uri: string): string {
  const hash = uri.indexOf('#');
  return hash < 0 ? uri : uri.slice(0, hash);
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Resolves a JSON pointer in a value. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  let node: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node) && Object.hasOwn(node, key)) node = node[key];
    else return undefined;
  }
  return node;
}
