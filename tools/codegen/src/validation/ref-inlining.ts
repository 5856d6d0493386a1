// Which `$ref`s are compiled in place instead of called: decided by the referenced schema's size.
import { isObject } from '../openapi-walk.ts';
import type { Location, SchemaRegistry } from './schema-registry.ts';
import { isAnnotationKey, isTrivial } from './trivial-schemas.ts';

/**
 * A `$ref` whose schema (its own refs included) has at most this many subschemas is compiled
 * into the referencing function instead of called: V8 does not inline a large check, and a call
 * per nested object cost a third of the verdict on the gateway's update response.
 */
const maxInlinedSubschemas = 48;

/** Decides, per pointer, whether the schema there is compiled where it is referenced. */
export class RefInliner {
  private readonly registry: SchemaRegistry;
  /** Per pointer, its subschema count with its refs followed (Infinity: on a ref cycle). */
  private readonly sizes = new Map<string, number>();

  constructor(registry: SchemaRegistry) {
    this.registry = registry;
  }

  /**
   * Whether the schema at `pointer` is compiled where it is referenced: small, on no `$ref`
   * cycle (a recursive schema needs its function), and with no array loop of its own: V8 inlines
   * the loop's function into the caller, and in a large caller the loop ran ~25% slower.
   */
  inlines(pointer: Location): boolean {
    const schema = this.registry.node(pointer);
    if (!isObject(schema) || hasItems(schema)) return false;
    return this.size(pointer, new Set()) <= maxInlinedSubschemas;
  }

  private size(pointer: Location, stack: ReadonlySet<string>): number {
    const known = this.sizes.get(pointer);
    if (known !== undefined) return known;
    if (stack.has(pointer)) return Number.POSITIVE_INFINITY;
    const inner = new Set([...stack, pointer]);
    const count = (node: unknown, base: string): number => {
      if (Array.isArray(node))
        return node.reduce((sum: number, item) => sum + count(item, base), 0);
      if (!isObject(node)) return 0;
      let total = 1;
      const own = this.registry.baseOf(node) ?? base;
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') {
          const target = this.registry.resolve(value, own);
          total += target === undefined ? 0 : this.size(target, inner);
        } else if (schemaMapKeywords.has(key) && isObject(value)) {
          // The map counts as a node, as each of its schemas does.
          total += 1 + count(Object.values(value), own);
        } else if (key === 'enum' || key === 'const') {
          total += jsonNodes(value);
        } else if (!isAnnotationKey(key)) {
          total += count(value, own);
        }
      }
      return total;
    };
    const size = count(this.registry.node(pointer), this.registry.mainUri);
    this.sizes.set(pointer, size);
    return size;
  }
}

const schemaMapKeywords = new Set(['properties', 'patternProperties', 'dependentSchemas']);

/** How many objects a JSON value holds. */
function jsonNodes(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + jsonNodes(item), 0);
  if (!isObject(value)) return 0;
  return 1 + jsonNodes(Object.values(value));
}

/** Whether `items` appears in the schema itself (its `$ref`s not followed). */
function hasItems(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasItems);
  if (!isObject(node)) return false;
  return Object.entries(node).some(([key, value]) => {
    if (key === 'items') return !isTrivial(value);
    if (schemaMapKeywords.has(key)) return isObject(value) && Object.values(value).some(hasItems);
    return !isAnnotationKey(key) && key !== 'enum' && key !== 'const' && hasItems(value);
  });
}
