// The JSON Schema 2020-12 vocabularies whose keywords assert. A dialect whose metaschema's
// `$vocabulary` leaves one out turns its keywords into annotations.

const vocabulary = (name: string) => `https://json-schema.org/draft/2020-12/vocab/${name}`;

const keywordsByVocabulary: Readonly<Record<string, readonly string[]>> = {
  [vocabulary('applicator')]: [
    'dependencies',
    'prefixItems',
    'items',
    'contains',
    'additionalProperties',
    'properties',
    'patternProperties',
    'dependentSchemas',
    'propertyNames',
    'if',
    'then',
    'else',
    'allOf',
    'anyOf',
    'oneOf',
    'not',
  ],
  [vocabulary('unevaluated')]: ['unevaluatedItems', 'unevaluatedProperties'],
  [vocabulary('validation')]: [
    'type',
    'enum',
    'const',
    'multipleOf',
    'maximum',
    'exclusiveMaximum',
    'minimum',
    'exclusiveMinimum',
    'maxLength',
    'minLength',
    'pattern',
    'maxItems',
    'minItems',
    'uniqueItems',
    'maxContains',
    'minContains',
    'maxProperties',
    'minProperties',
    'required',
    'dependentRequired',
  ],
};

/** What a metaschema's `$vocabulary` makes of its schemas. */
export interface Dialect {
  /** Keywords of the asserting vocabularies it leaves out: annotations. */
  readonly disabled: ReadonlySet<string>;
  /** Whether it uses the format-assertion vocabulary: every known format is asserted. */
  readonly assertsFormats: boolean;
}

/** The dialect of a `$vocabulary` (its keys, the vocabulary URIs). */
export function dialectOf(enabled: readonly string[]): Dialect {
  const disabled = new Set<string>();
  for (const [uri, keywords] of Object.entries(keywordsByVocabulary)) {
    if (!enabled.includes(uri)) for (const keyword of keywords) disabled.add(keyword);
  }
  return { disabled, assertsFormats: enabled.includes(vocabulary('format-assertion')) };
}
