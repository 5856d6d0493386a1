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
        'request-property-became-required',
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
