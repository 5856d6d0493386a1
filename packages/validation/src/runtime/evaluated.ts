/**
 * The properties and items of one value that keywords have evaluated so far, as
 * `unevaluatedProperties` and `unevaluatedItems` need to know. Generated code creates one per
 * schema that uses them, and passes it to the subschemas applied to the same value.
 */
export interface Evaluated {
  /** Names of evaluated properties, or `true` when every property is. */
  properties: Set<string> | true;
  /** How many leading items are evaluated, or `true` when every item is. */
  items: number | true;
  /** Items evaluated one by one (by `contains`). */
  indices: Set<number> | undefined;
}

export function evaluated(): Evaluated {
  return { properties: new Set(), items: 0, indices: undefined };
}

export function evaluateProperty(target: Evaluated, name: string): void {
  if (target.properties !== true) target.properties.add(name);
}

export function evaluateItems(target: Evaluated, count: number): void {
  if (target.items !== true && count > target.items) target.items = count;
}

export function evaluateIndex(target: Evaluated, index: number): void {
  if (target.items === true) return;
  target.indices ??= new Set();
  target.indices.add(index);
}

/** Adds what `source` evaluated (a subschema that passed) to `target`. */
export function mergeEvaluated(target: Evaluated, source: Evaluated): void {
  if (source.properties === true) target.properties = true;
  else for (const name of source.properties) evaluateProperty(target, name);
  if (source.items === true) target.items = true;
  else evaluateItems(target, source.items);
  if (source.indices !== undefined)
    for (const index of source.indices) evaluateIndex(target, index);
}

export function isEvaluatedProperty(source: Evaluated, name: string): boolean {
  return source.properties === true || source.properties.has(name);
}

export function isEvaluatedItem(source: Evaluated, index: number): boolean {
  return source.items === true || index < source.items || source.indices?.has(index) === true;
}
