// The JSON Schema 2020-12 vocabularies whose keywords assert. A dialect whose metaschema's
// `$vocabulary` leaves one out turns its keywords into annotations.

const vocabulary = (name: string) => `https://json-schema.org/draft/2020-12/vocab/${name}`;

const keywordsByVocabulary: Readonly<Record<string, readonly string[]>> = {
  [vocabulary('applicator')]: [
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

/** The keywords of the asserting vocabularies missing from `enabled` (a `$vocabulary`'s keys). */
export function disabledKeywords(enabled: readonly string[]): ReadonlySet<string> {
  const disabled = new Set<string>();
  for (const [uri, keywords] of Object.entries(keywordsByVocabulary)) {
    if (!enabled.includes(uri)) for (const keyword of keywords) disabled.add(keyword);
  }
  return disabled;
}
