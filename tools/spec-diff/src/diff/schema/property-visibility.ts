// A property exists for one direction only if it is declared and not hidden from it: readOnly
// properties are not sent in requests, writeOnly ones are not returned in responses.
import type { Direction } from '../../rules.ts';
import type { NormalSchema } from './normalize.ts';
import type { SchemaWalk } from './schema-walk.ts';

/** Whether a property takes part in this direction (readOnly/writeOnly hide it). */
export function isVisible(direction: Direction, schema: NormalSchema): boolean {
  return direction === 'request' ? !schema.readOnly : !schema.writeOnly;
}

/** A property that appeared or disappeared for one direction. */
export interface PropertyMove {
  /** `recipients[].number`. */
  readonly path: string;
  /** Required on the side where it is present (base when gone, head when new). */
  readonly required: boolean;
  /** Declared on the other side too, only hidden there (readOnly, writeOnly). */
  readonly declaredElsewhere: boolean;
  /** It has a `default` (for new properties). */
  readonly hasDefault?: boolean;
  readonly pointer: string;
}

/** Reports a property that was there for this direction and no longer is. */
export function reportPropertyGone(walk: SchemaWalk, move: PropertyMove): void {
  const { path, required: wasRequired, declaredElsewhere: stillDeclared, pointer } = move;
  if (walk.scope.direction === 'request') {
    if (stillDeclared)
      walk.fixed(
        'request-property-became-read-only',
        path,
        'became readOnly: the server ignores what clients send for it.',
        pointer,
      );
    else
      walk.fixed(
        'request-property-removed',
        path,
        'removed: requests that still send it may be rejected or have it ignored.',
        pointer,
      );
    return;
  }
  const how = stillDeclared ? 'became writeOnly (no longer returned)' : 'removed';
  if (wasRequired)
    walk.fixed(
      'response-required-property-removed',
      path,
      `${how}: clients that read this required property break.`,
      pointer,
    );
  else
    walk.fixed(
      'response-optional-property-removed',
      path,
      `${how}: clients that read it lose it, and code using the generated types no longer compiles.`,
      pointer,
    );
}

/** Reports a property that is there for this direction and was not before. */
export function reportPropertyNew(walk: SchemaWalk, move: PropertyMove): void {
  const { path, required: isRequired, declaredElsewhere: wasDeclared, pointer } = move;
  const { direction } = walk.scope;
  const how = wasDeclared
    ? direction === 'request'
      ? 'no longer readOnly'
      : 'no longer writeOnly'
    : 'added';
  if (direction === 'request') {
    if (isRequired && move.hasDefault)
      walk.fixed(
        'new-required-request-property-with-default',
        path,
        `required property ${how}, with a default: requests without it are now rejected.`,
        pointer,
      );
    else if (isRequired)
      walk.fixed(
        'new-required-request-property',
        path,
        `required property ${how}: requests without it are now rejected.`,
        pointer,
      );
    else
      walk.fixed(
        'new-optional-request-property',
        path,
        `optional property ${how}: clients may send it.`,
        pointer,
      );
  } else if (isRequired) {
    walk.fixed(
      'response-required-property-added',
      path,
      `required property ${how}: clients receive it from now on.`,
      pointer,
    );
  } else {
    walk.fixed(
      'response-optional-property-added',
      path,
      `optional property ${how}: clients may receive it.`,
      pointer,
    );
  }
}
