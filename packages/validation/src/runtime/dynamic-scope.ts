import type { Check } from './check.ts';

/**
 * The `$dynamicAnchor`s of the schema resources entered so far, by name: for each name the checks
 * of the outermost resource that defines it (plain, then collecting evaluated items and
 * properties when generated). A `$dynamicRef` calls the check found here.
 */
export type DynamicScope = Readonly<Record<string, readonly Check[]>>;

/**
 * The scope after entering a resource with these anchors. The outermost definition of a name
 * wins, so names already in scope stay; the scope is only copied when something is added.
 */
export function enterScope(scope: DynamicScope | undefined, anchors: DynamicScope): DynamicScope {
  if (scope === undefined) return anchors;
  let entered: Record<string, readonly Check[]> | undefined;
  for (const name in anchors) {
    if (Object.hasOwn(scope, name)) continue;
    entered ??= { ...scope };
    entered[name] = anchors[name] as readonly Check[];
  }
  return entered ?? scope;
}
