/** The JSON Schema type names, with `integer` as its own name. */
export type JsonType = 'null' | 'boolean' | 'object' | 'array' | 'number' | 'integer' | 'string';

/**
 * The JSON Schema type of a value (`integer` for whole numbers), or `undefined` when the value is
 * no JSON at all (undefined, a function, a BigInt, a symbol, NaN or an infinity).
 */
export function jsonTypeOf(value: unknown): JsonType | undefined {
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
      if (!Number.isFinite(value)) return undefined;
      return Number.isInteger(value) ? 'integer' : 'number';
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? 'array' : 'object';
    default:
      return undefined;
  }
}

/** Whether a value of type `actual` is an instance of the schema type `wanted`. */
export function typeAccepts(wanted: JsonType, actual: JsonType): boolean {
  return wanted === actual || (wanted === 'number' && actual === 'integer');
}
