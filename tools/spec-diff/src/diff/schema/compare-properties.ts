import type { Located } from '../context.ts';
import { sunsetOf } from '../lifecycle.ts';
import { isObject } from '../pointer.ts';
import { compareRequired } from './compare-required.ts';
import type { NormalSchema } from './normalize.ts';
import { isVisible, reportPropertyGone, reportPropertyNew } from './property-visibility.ts';
import type { SchemaWalk } from './schema-walk.ts';

/**
 * Compares `properties` and `required` name by name: properties that appear or disappear, that
 * change requiredness or become deprecated, and (recursively) the schemas of those on both sides.
 */
export function compareProperties(
  walk: SchemaWalk,
  base: NormalSchema,
  head: NormalSchema,
  path: string,
): void {
  const { direction, normalizers } = walk.scope;
  const names = new Set([
    ...base.properties.keys(),
    ...head.properties.keys(),
    ...base.required,
    ...head.required,
  ]);
  for (const name of names) {
    const childPath = path ? `${path}.${name}` : name;
    const baseProperty = declared(base, name);
    const headProperty = declared(head, name);
    const baseForm = baseProperty && normalizers.base.normalize(baseProperty);
    const headForm = headProperty && normalizers.head.normalize(headProperty);
    const wasVisible = baseForm !== undefined && isVisible(direction, baseForm);
    const nowVisible = headForm !== undefined && isVisible(direction, headForm);
    const [wasRequired, isRequired] = [base.required.has(name), head.required.has(name)];
    if (wasVisible && nowVisible && baseProperty && headProperty && headForm) {
      compareRequired(walk, wasRequired, isRequired, childPath, headForm.pointer);
      if (!baseForm.deprecated && headForm.deprecated)
        reportDeprecated(walk, childPath, headProperty, headForm.pointer);
      walk.compare(baseProperty, headProperty, childPath);
    } else if (wasVisible && !nowVisible) {
      reportPropertyGone(walk, {
        path: childPath,
        required: wasRequired,
        declaredElsewhere: headForm !== undefined,
        pointer: headForm?.pointer ?? head.pointer,
      });
    } else if (!wasVisible && nowVisible && headForm) {
      reportPropertyNew(walk, {
        path: childPath,
        required: isRequired,
        declaredElsewhere: baseForm !== undefined,
        hasDefault: headForm.hasDefault,
        pointer: headForm.pointer,
      });
    }
  }
}

function reportDeprecated(
  walk: SchemaWalk,
  path: string,
  property: Located<unknown>,
  pointer: string,
): void {
  const sunset = isObject(property.node) ? sunsetOf(property.node) : undefined;
  const id = `${walk.scope.direction}-property-deprecated${sunset ? '-with-sunset' : ''}`;
  walk.fixed(
    id,
    path,
    sunset
      ? `deprecated, sunset ${sunset.toISOString().slice(0, 10)}: stop using it before then.`
      : 'deprecated: plan to stop using it; it may be removed in a later major version.',
    pointer,
  );
}

// A name listed only in `required` is a property with an empty (anything-goes) schema.
function declared(schema: NormalSchema, name: string): Located<unknown> | undefined {
  return (
    schema.properties.get(name) ??
    (schema.required.has(name) ? { node: {}, pointer: schema.pointer } : undefined)
  );
}
