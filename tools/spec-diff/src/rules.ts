// The rule catalogue. Ids follow oasdiff's checker ids wherever the meaning is the same, so people
// who know that tool read these reports at once; `ours: true` marks ids oasdiff does not have.
import type { Level } from './model.ts';

/** Which way data flows: what clients send, or what they receive. */
export type Direction = 'request' | 'response';

/** What a schema change does to the set of values it allows. */
type Effect = 'narrows' | 'widens' | 'incomparable' | 'unknown';

export interface Rule {
  readonly id: string;
  readonly level: Level;
  /** What the rule detects, for the catalogue in the README. */
  readonly description: string;
  /** Not in oasdiff's catalogue: a name of ours, in oasdiff's style. */
  readonly ours?: boolean;
}

/** Where a schema sits, which picks the id prefix: oasdiff names body, property and parameter rules apart. */
export type SchemaSubject =
  | 'request-body'
  | 'request-property'
  | 'request-parameter'
  | 'response-body'
  | 'response-property'
  | 'response-header';

export const schemaSubjects: Record<Direction, readonly SchemaSubject[]> = {
  request: ['request-body', 'request-property', 'request-parameter'],
  response: ['response-body', 'response-property', 'response-header'],
};

/** A schema rule family: `<subject>-<suffix>`, e.g. `request-property-max-length-decreased`. */
interface SchemaFamily {
  readonly suffix: string;
  /** The effect decides the level in each direction (see `levelOf`), unless `levels` says otherwise. */
  readonly effect?: Effect;
  readonly levels?: Record<Direction, Level>;
  readonly description: string;
  readonly ours?: boolean;
}

// Narrowing what a request accepts breaks callers; widening what a response returns breaks readers.
function levelOf(effect: Effect, direction: Direction): Level {
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
    {
      suffix: `${name}-unset`,
      effect: 'widens',
      description: `${keyword} removed`,
      ours: !['max-length', 'min-items'].includes(name),
    },
  ];
};

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
    ours: true,
  },
  { suffix: 'enum-value-removed', effect: 'narrows', description: 'enum value removed' },
  {
    suffix: 'enum-value-added',
    levels: { request: 'INFO', response: 'WARN' },
    description:
      'enum value added (a warning in responses: clients that switch over the values meet one they do not know)',
  },
  {
    suffix: 'extensible-enum-value-added',
    levels: { request: 'INFO', response: 'INFO' },
    description:
      'value added to an enum the spec marks extensible (`x-extensible-enum: true` or `anyOf: [{const}…, {type}]`)',
    ours: true,
  },
  {
    suffix: 'x-extensible-enum-value-removed',
    levels: { request: 'ERR', response: 'INFO' },
    description: 'documented value removed from an extensible enum',
  },
  ...bound('max', 'maximum'),
  ...bound('min', 'minimum'),
  ...bound('max-length', 'maxLength'),
  ...bound('min-length', 'minLength'),
  ...bound('max-items', 'maxItems'),
  ...bound('min-items', 'minItems'),
  { suffix: 'pattern-added', effect: 'narrows', description: 'pattern added' },
  { suffix: 'pattern-removed', effect: 'widens', description: 'pattern removed' },
  {
    suffix: 'pattern-changed',
    effect: 'unknown',
    description: 'pattern changed (whether it narrows cannot be decided)',
  },
  { suffix: 'one-of-added', effect: 'widens', description: 'oneOf branch added' },
  { suffix: 'one-of-removed', effect: 'narrows', description: 'oneOf branch removed' },
  { suffix: 'any-of-added', effect: 'widens', description: 'anyOf branch added' },
  { suffix: 'any-of-removed', effect: 'narrows', description: 'anyOf branch removed' },
  {
    suffix: 'additional-properties-disallowed',
    levels: { request: 'WARN', response: 'INFO' },
    description: '`additionalProperties: false` added (rejects undocumented properties)',
    ours: true,
  },
  {
    suffix: 'additional-properties-allowed',
    levels: { request: 'INFO', response: 'WARN' },
    description: '`additionalProperties: false` lifted (undocumented properties may appear)',
    ours: true,
  },
  {
    suffix: 'xml-changed',
    levels: { request: 'ERR', response: 'ERR' },
    description:
      'XML element name, namespace, prefix, attribute or wrapping changed in an XML body',
    ours: true,
  },
];

/** Rules outside schemas, and the property-level schema rules oasdiff names on their own. */
export const fixedRules: readonly Rule[] = [
  // paths and operations
  {
    id: 'api-path-removed-without-deprecation',
    level: 'ERR',
    description: 'path removed without being deprecated first',
  },
  {
    id: 'api-path-removed-with-deprecation',
    level: 'INFO',
    description: 'deprecated path removed',
  },
  {
    id: 'api-removed-without-deprecation',
    level: 'ERR',
    description: 'operation removed without being deprecated first',
  },
  {
    id: 'api-removed-with-deprecation',
    level: 'INFO',
    description: 'deprecated operation removed',
  },
  { id: 'endpoint-added', level: 'INFO', description: 'operation added' },
  { id: 'endpoint-deprecated', level: 'INFO', description: 'operation deprecated' },
  { id: 'endpoint-reactivated', level: 'INFO', description: 'operation no longer deprecated' },
  {
    id: 'api-operation-id-removed',
    level: 'WARN',
    description:
      'operationId changed or removed (a warning here: `operations[...]` in our generated types is keyed by it)',
  },
  { id: 'api-operation-id-added', level: 'INFO', description: 'operationId added' },
  // parameters
  { id: 'new-required-request-parameter', level: 'ERR', description: 'required parameter added' },
  { id: 'new-optional-request-parameter', level: 'INFO', description: 'optional parameter added' },
  { id: 'request-parameter-removed', level: 'WARN', description: 'parameter removed' },
  {
    id: 'request-parameter-removed-with-deprecation',
    level: 'INFO',
    description: 'deprecated parameter removed',
  },
  {
    id: 'request-parameter-became-required',
    level: 'ERR',
    description: 'parameter became required',
  },
  {
    id: 'request-parameter-became-optional',
    level: 'INFO',
    description: 'parameter became optional',
  },
  { id: 'request-parameter-deprecated', level: 'INFO', description: 'parameter deprecated' },
  {
    id: 'request-parameter-reactivated',
    level: 'INFO',
    description: 'parameter no longer deprecated',
  },
  {
    id: 'request-parameter-default-value-changed',
    level: 'INFO',
    description: 'default value of a parameter added, changed or removed',
  },
  {
    id: 'request-path-parameter-renamed',
    level: 'WARN',
    description: 'path parameter renamed (same URL; typed clients name it in `params.path`)',
    ours: true,
  },
  // request bodies
  { id: 'request-body-added-required', level: 'ERR', description: 'required request body added' },
  { id: 'request-body-added-optional', level: 'INFO', description: 'optional request body added' },
  { id: 'request-body-removed', level: 'ERR', description: 'request body removed' },
  { id: 'request-body-became-required', level: 'ERR', description: 'request body became required' },
  {
    id: 'request-body-became-optional',
    level: 'INFO',
    description: 'request body became optional',
  },
  {
    id: 'request-body-media-type-removed',
    level: 'ERR',
    description: 'request media type removed',
  },
  { id: 'request-body-media-type-added', level: 'INFO', description: 'request media type added' },
  // request properties
  {
    id: 'new-required-request-property',
    level: 'ERR',
    description: 'required property added to what clients send',
  },
  {
    id: 'new-optional-request-property',
    level: 'INFO',
    description: 'optional property added to what clients send',
  },
  {
    id: 'request-property-removed',
    level: 'WARN',
    description: 'property removed from what clients send',
  },
  {
    id: 'request-property-became-required',
    level: 'ERR',
    description: 'request property became required',
  },
  {
    id: 'request-property-became-optional',
    level: 'INFO',
    description: 'request property became optional',
  },
  {
    id: 'request-property-became-read-only',
    level: 'WARN',
    description: 'request property became readOnly (the server ignores what clients send)',
    ours: true,
  },
  { id: 'request-property-deprecated', level: 'INFO', description: 'request property deprecated' },
  {
    id: 'request-property-default-value-changed',
    level: 'INFO',
    description: 'default value of a request property added, changed or removed',
  },
  // responses
  {
    id: 'response-success-status-removed',
    level: 'ERR',
    description: 'success (2xx) status removed',
  },
  { id: 'response-success-status-added', level: 'INFO', description: 'success (2xx) status added' },
  {
    id: 'response-non-success-status-removed',
    level: 'INFO',
    description: 'non-success status removed',
  },
  {
    id: 'response-non-success-status-added',
    level: 'INFO',
    description: 'non-success status added',
  },
  { id: 'response-media-type-removed', level: 'ERR', description: 'response media type removed' },
  { id: 'response-media-type-added', level: 'INFO', description: 'response media type added' },
  {
    id: 'required-response-header-removed',
    level: 'ERR',
    description: 'required response header removed',
  },
  {
    id: 'optional-response-header-removed',
    level: 'WARN',
    description:
      'optional response header removed (WARN as in oasdiff before v1.30: our generated types expose it)',
  },
  { id: 'response-header-added', level: 'INFO', description: 'response header added' },
  {
    id: 'response-header-became-optional',
    level: 'ERR',
    description: 'response header became optional',
  },
  // response properties
  {
    id: 'response-required-property-removed',
    level: 'ERR',
    description: 'required property removed from what clients receive (or made writeOnly)',
  },
  {
    id: 'response-optional-property-removed',
    level: 'WARN',
    description:
      'optional property removed from what clients receive (WARN as in oasdiff before v1.30: our generated types expose it)',
  },
  {
    id: 'response-required-property-added',
    level: 'INFO',
    description: 'required property added to what clients receive',
  },
  {
    id: 'response-optional-property-added',
    level: 'INFO',
    description: 'optional property added to what clients receive',
  },
  {
    id: 'response-property-became-optional',
    level: 'ERR',
    description: 'response property became optional',
  },
  {
    id: 'response-property-became-required',
    level: 'INFO',
    description: 'response property became required',
  },
  {
    id: 'response-property-deprecated',
    level: 'INFO',
    description: 'response property deprecated',
  },
  // security
  {
    id: 'api-security-removed',
    level: 'ERR',
    description:
      'a security alternative of an operation removed: clients that authenticate that way are refused',
  },
  {
    id: 'api-security-added',
    level: 'INFO',
    description: 'a security alternative of an operation added',
  },
  {
    id: 'api-security-scope-added',
    level: 'ERR',
    description: 'scope required by an operation added',
  },
  {
    id: 'api-security-scope-removed',
    level: 'INFO',
    description: 'scope required by an operation removed',
  },
  {
    id: 'api-security-anonymous-access-removed',
    level: 'ERR',
    description: 'operation that needed no credentials now needs them',
  },
  {
    id: 'api-security-anonymous-access-added',
    level: 'INFO',
    description: 'operation no longer needs credentials',
  },
  {
    id: 'api-global-security-removed',
    level: 'ERR',
    description: 'global security alternative removed',
  },
  {
    id: 'api-global-security-added',
    level: 'INFO',
    description: 'global security alternative added',
  },
  {
    id: 'api-global-security-scope-added',
    level: 'ERR',
    description: 'globally required scope added',
  },
  {
    id: 'api-global-security-scope-removed',
    level: 'INFO',
    description: 'globally required scope removed',
  },
  {
    id: 'api-global-security-anonymous-access-removed',
    level: 'ERR',
    description: 'API that needed no credentials now needs them',
  },
  {
    id: 'api-global-security-anonymous-access-added',
    level: 'INFO',
    description: 'API no longer needs credentials',
  },
  {
    id: 'api-security-component-changed',
    level: 'ERR',
    description:
      'security scheme changed how clients authenticate (type, scheme, header or query name, token URL, flows)',
    ours: true,
  },
  // servers
  {
    id: 'api-server-removed',
    level: 'WARN',
    description: 'server URL removed: clients configured with it must switch',
    ours: true,
  },
  { id: 'api-server-added', level: 'INFO', description: 'server URL added', ours: true },
];

function buildCatalogue(): Map<string, Rule> {
  const rules = new Map<string, Rule>();
  for (const rule of fixedRules) rules.set(rule.id, rule);
  for (const direction of ['request', 'response'] as const) {
    for (const subject of schemaSubjects[direction]) {
      for (const family of schemaFamilies) {
        const level = family.levels?.[direction] ?? levelOf(family.effect ?? 'unknown', direction);
        const id = `${subject}-${family.suffix}`;
        rules.set(id, {
          id,
          level,
          description: family.description,
          ...(family.ours ? { ours: true } : {}),
        });
      }
    }
  }
  return rules;
}

/** Every rule the engine can report, by id. */
export const catalogue: ReadonlyMap<string, Rule> = buildCatalogue();

/** The rule `id`; an unknown id is a bug in the engine, not bad input. */
export function ruleFor(id: string): Rule {
  const rule = catalogue.get(id);
  if (!rule) throw new Error(`spec-diff internal error: no rule "${id}" in the catalogue`);
  return rule;
}
