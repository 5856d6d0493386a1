// Schemas as the emulator needs them: the keywords that shape a value, without the prose
// (descriptions, titles, xml, extensions), plus every schema their `$ref`s reach.
import type { OpenApiDocument } from '@sms-contracts/specs/load-api';
import { deref, isObject, type JsonObject } from '../openapi-walk.ts';

/** Keywords whose value is one subschema. */
const schemaKeywords = new Set([
  'items',
  'additionalProperties',
  'not',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'unevaluatedItems',
  'unevaluatedProperties',
  'additionalItems',
]);
/** Keywords whose value is a list of subschemas. */
const schemaListKeywords = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
/** Keywords whose value maps names to subschemas. */
const schemaMapKeywords = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
]);
/** Prose and tooling keywords: no bearing on the values the emulator builds or reads. */
const droppedKeywords = new Set([
  'description',
  'title',
  'externalDocs',
  'xml',
  '$comment',
  'deprecated',
  '$schema',
  '$id',
]);

/**
 * Collects pruned schemas and the `$ref` targets they reach, keyed by the `$ref` string, so the
 * emulator resolves a reference with one map lookup.
 */
export class SchemaPruner {
  readonly referenced = new Map<string, unknown>();
  private readonly document: OpenApiDocument;

  constructor(document: OpenApiDocument) {
    this.document = document;
  }

  prune(schema: unknown): unknown {
    if (!isObject(schema)) return schema;
    const out: JsonObject = {};
    for (const [keyword, value] of Object.entries(schema)) {
      if (droppedKeywords.has(keyword) || keyword.startsWith('x-')) continue;
      if (keyword === '$ref' && typeof value === 'string') {
        this.reach(value);
        out[keyword] = value;
      } else if (schemaKeywords.has(keyword)) {
        out[keyword] = this.prune(value);
      } else if (schemaListKeywords.has(keyword) && Array.isArray(value)) {
        out[keyword] = value.map((item) => this.prune(item));
      } else if (schemaMapKeywords.has(keyword) && isObject(value)) {
        out[keyword] = Object.fromEntries(
          Object.entries(value).map(([name, item]) => [name, this.prune(item)]),
        );
      } else {
        out[keyword] = value;
      }
    }
    return out;
  }

  /** The reached schemas in a stable order (sorted by `$ref`), for deterministic output. */
  sorted(): Record<string, unknown> {
    return Object.fromEntries([...this.referenced].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  private reach(ref: string): void {
    if (this.referenced.has(ref) || !ref.startsWith('#/')) return;
    // Reserve the slot first: a schema that refers to itself stops here.
    this.referenced.set(ref, true);
    this.referenced.set(ref, this.prune(deref(this.document, { $ref: ref })));
  }
}
