// Schema rule families: `<subject>-<suffix>`, e.g. `request-property-max-length-decreased`. An id
// oasdiff has takes oasdiff's level; an id of ours takes the level oasdiff gives the same suffix
// under a sibling subject (`response-header-max-increased` as `response-property-max-increased`),
// and only when there is none the family's own level below.
import type { Level } from '../model.ts';

/** Which way data flows: what clients send, or what they receive. */
export type Direction = 'request' | 'response';

/** What a schema change does to the set of values it allows. */
type Effect = 'narrows' | 'widens' | 'incomparable' | 'unknown';

/** Where a schema sits, which picks the id prefix: oasdiff names body, property and parameter rules apart. */
export type SchemaSubject =
  | 'request-body'
  | 'request-property'
  | 'request-parameter'
  | 'request-parameter-property'
  | 'response-body'
  | 'response-property'
  | 'response-header';

/** Subjects of each direction, the one whose levels siblings borrow first. */
export const schemaSubjects: Record<Direction, readonly SchemaSubject[]> = {
  request: ['request-property', 'request-body', 'request-parameter', 'request-parameter-property'],
  response: ['response-property', 'response-body', 'response-header'],
};

export interface SchemaFamily {
  readonly suffix: string;
  /** The effect decides the level in each direction (see `levelOf`), unless `levels` says otherwise. */
  readonly effect?: Effect;
  readonly levels?: Record<Direction, Level>;
  readonly description: string;
  /** The subjects the keyword can change at. @default every subject */
  readonly subjects?: readonly SchemaSubject[];
}

// Narrowing what a request accepts breaks callers; widening what a response returns breaks readers.
export function levelOf(family: SchemaFamily, direction: Direction): Level {
  if (family.levels) return family.levels[direction];
  const effect = family.effect ?? 'unknown';
  if (effect === 'incomparable') return 'ERR';
  if (effect === 'unknown') return 'WARN';
  if (direction === 'request') return effect === 'narrows' ? 'ERR' : 'INFO';
  return effect === 'widens' ? 'ERR' : 'INFO';
}

const bound = (name: string, keyword: string): SchemaFamily[] => {
  const tighten = name.startsWith('max') ? 'decreased' : 'increased';
  const loosen = name.startsWith('max') ? 'increased' : 'decreased';
  return [
    { suffix: `${name}-${tighten}`, effect: 'narrows', description: `${keyword} made stricter` },
    { suffix: `${name}-${loosen}`, effect: 'widens', description: `${keyword} relaxed` },
    {
      suffix: `${name}-set`,
      effect: 'narrows',
      description: `${keyword} added where there was none`,
    },
    { suffix: `${name}-unset`, effect: 'widens', description: `${keyword} removed` },
  ];
};

const both = (level: Level): Record<Direction, Level> => ({ request: level, response: level });

export const schemaFamilies: readonly SchemaFamily[] = [
  {
    suffix: 'type-changed',
    effect: 'incomparable',
    description: 'type or format changed to an unrelated one',
  },
  {
    suffix: 'type-generalized',
    effect: 'widens',
    description: 'type widened (a type added, integer to number, format removed)',
  },
  {
    suffix: 'type-specialized',
    effect: 'narrows',
    description: 'type narrowed (a type removed, number to integer, format added)',
  },
  { suffix: 'became-nullable', effect: 'widens', description: 'null became allowed' },
  { suffix: 'became-not-nullable', effect: 'narrows', description: 'null is no longer allowed' },
  { suffix: 'became-enum', effect: 'narrows', description: 'restricted to a list of values' },
  {
    suffix: 'became-not-enum',
    levels: { request: 'INFO', response: 'WARN' },
    description: 'no longer a closed list of values (enum dropped, or made extensible)',
  },
  { suffix: 'enum-value-removed', effect: 'narrows', description: 'enum value removed' },
  {
    suffix: 'enum-value-added',
    levels: { request: 'INFO', response: 'WARN' },
    description:
      'enum value added (clients that switch over the values of a response meet one they do not know)',
  },
  {
    suffix: 'extensible-enum-value-added',
    levels: both('INFO'),
    description:
      'value added to an enum the spec marks extensible (`x-extensible-enum: true` or `anyOf: [{const}…, {type}]`)',
  },
  {
    suffix: 'x-extensible-enum-value-removed',
    levels: { request: 'ERR', response: 'INFO' },
    description: 'documented value removed from an extensible enum',
  },
  {
    suffix: 'const-changed',
    effect: 'incomparable',
    description: 'the one allowed value (`const`, or a one-value enum) changed',
  },
  ...bound('max', 'maximum'),
  ...bound('min', 'minimum'),
  ...bound('max-length', 'maxLength'),
  ...bound('min-length', 'minLength'),
  ...bound('max-items', 'maxItems'),
  ...bound('min-items', 'minItems'),
  {
    suffix: 'pattern-added',
    effect: 'narrows',
    description: 'pattern added (an empty pattern counts as none)',
  },
  { suffix: 'pattern-removed', effect: 'widens', description: 'pattern removed' },
  {
    suffix: 'pattern-changed',
    effect: 'unknown',
    description: 'pattern changed (whether it narrows cannot be decided)',
  },
  {
    suffix: 'pattern-generalized',
    levels: both('INFO'),
    description: 'pattern changed to one that matches anything (`.*`)',
  },
  { suffix: 'one-of-added', effect: 'widens', description: 'oneOf branch added' },
  { suffix: 'one-of-removed', effect: 'narrows', description: 'oneOf branch removed' },
  { suffix: 'any-of-added', effect: 'widens', description: 'anyOf branch added' },
  { suffix: 'any-of-removed', effect: 'narrows', description: 'anyOf branch removed' },
  {
    suffix: 'additional-properties-disallowed',
    levels: { request: 'WARN', response: 'INFO' },
    description: '`additionalProperties: false` added (rejects undocumented properties)',
  },
  {
    suffix: 'additional-properties-allowed',
    levels: { request: 'INFO', response: 'WARN' },
    description: '`additionalProperties: false` lifted (undocumented properties may appear)',
  },
  {
    suffix: 'xml-changed',
    levels: both('ERR'),
    description:
      'XML element name, namespace, prefix, attribute or wrapping changed in an XML body',
    // Only XML bodies have element names; parameters and headers are never XML.
    subjects: ['request-body', 'request-property', 'response-body', 'response-property'],
  },
];
