// Which `$ref`s are compiled in place instead of called: decided by the referenced schema's size.
import { isObject } from '../openapi-walk.ts';
import { resolvePointer } from './schema-reader.ts';
import { isAnnotationKey, isTrivial } from './trivial-schemas.ts';

/**
 * A `$ref` whose schema (its own refs included) has at most this many subschemas is compiled
 * into the referencing function instead of called: V8 does not inline a large check, and a call
 * per nested object cost a third of the verdict on the gateway's update response.
 */
const maxInlinedSubschemas = 48;

/** Decides, per pointer, whether the schema there is compiled where it is referenced. */
export class RefInliner {
  private readonly document: unknown;
  /** Per pointer, its subschema count with its refs followed (Infinity: on a ref cycle). */
  private readonly sizes = new Map<string, number>();

  constructor(document: unknown) {
    this.document = document;
  }

  /**
   * Whether the schema at `pointer` is compiled where it is referenced: small, on no `$ref`
   * cycle (a recursive schema needs its function), and with no array loop of its own: V8 inlines
   * the loop's function into the caller, and in a large caller the loop ran ~25% slower.
   */
  inlines(pointer: string): boolean {
    const schema = resolvePointer(this.document, pointer);
    if (!isObject(schema) || hasItems(schema)) return false;
    return this.size(pointer, new Set()) <= maxInlinedSubschemas;
  }

  private size(pointer: string, stack: ReadonlySet<string>): number {
    const known = this.sizes.get(pointer);
    if (known !== undefined) return known;
    if (stack.has(pointer)) return Number.POSITIVE_INFINITY;
    const inner = new Set([...stack, pointer]);
    const count = (node: unknown): number => {
      if (Array.isArray(node)) return node.reduce((sum: number, item) => sum + count(item), 0);
      if (!isObject(node)) return 0;
      let total = 1;
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith('#')) {
          total += this.size(decodeURIComponent(value.slice(1)), inner);
        } else if (!isAnnotationKey(key)) {
          total += count(value);
        }
      }
      return total;
    };
    const size = count(resolvePointer(this.document, pointer));
    this.sizes.set(pointer, size);
    return size;
  }
}

/** Whether `items` appears in the schema itself (its `$ref`s not followed). */
function hasItems(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasItems);
  if (!isObject(node)) return false;
  return Object.entries(node).some(
    ([key, value]) =>
      (key === 'items' && !isTrivial(value)) || (!isAnnotationKey(key) && hasItems(value)),
  );
}
