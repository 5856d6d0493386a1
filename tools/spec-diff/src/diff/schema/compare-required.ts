import type { SchemaWalk } from './schema-walk.ts';

/** Reports a property, present on both sides, that became required or optional. */
export function compareRequired(
  walk: SchemaWalk,
  wasRequired: boolean,
  isRequired: boolean,
  path: string,
  pointer: string,
): void {
  if (wasRequired === isRequired) return;
  if (walk.scope.direction === 'request') {
    if (isRequired)
      walk.fixed(
        becameRequiredId(walk),
        path,
        'became required: requests that leave it out are now rejected.',
        pointer,
      );
    else
      walk.fixed(
        'request-property-became-optional',
        path,
        'became optional: clients may leave it out.',
        pointer,
      );
  } else if (isRequired) {
    walk.fixed(
      'response-property-became-required',
      path,
      'became required: clients can rely on it being present.',
      pointer,
    );
  } else {
    walk.fixed(
      'response-property-became-optional',
      path,
      'became optional: clients that expect it to be present may break when it is missing.',
      pointer,
    );
  }
}

// A property inside a parameter's object schema: oasdiff names header ones apart.
function becameRequiredId(walk: SchemaWalk): string {
  const { root, part } = walk.scope;
  if (root !== 'request-parameter') return 'request-property-became-required';
  return part.startsWith('header ')
    ? 'request-header-property-became-required'
    : 'request-parameter-property-became-required';
}
