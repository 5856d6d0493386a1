/**
 * The one rule that turns a spec's names (component schemas, operations) into TypeScript type
 * names. Codegen names its types with it and the docs site shows the same names, so both agree.
 *
 * 1. Words are the runs of ASCII letters and digits; each word's first letter is upper-cased and
 *    the words are joined: `messaging.v1.service.alpha_sender` → `MessagingV1ServiceAlphaSender`,
 *    `Email-to-SMS_Allowed_Address` → `EmailToSMSAllowedAddress`. A name that is already
 *    PascalCase stays as it is.
 * 2. A name that starts with a digit gets a leading `_` (`2fa` → `_2fa`); a name with no letters
 *    or digits becomes `Schema`.
 * 3. Names the types module itself declares or uses (`paths`, `components`, `Record`, ...) and
 *    names already taken get the first free suffix `2`, `3`, ...: first come, first served, in
 *    the order the spec lists schemas, then operations.
 */

/** Names the generated types module declares or refers to: never given to a schema. */
const reservedNames = new Set([
  'paths',
  'webhooks',
  'components',
  '$defs',
  'operations',
  'Record',
  'NonNullable',
  'WithRequired',
  'Omit',
  'Pick',
  'Partial',
  'Required',
  'Readonly',
  'Exclude',
  'Extract',
  'Array',
  'Blob',
  'File',
]);

/** Rules 1 and 2: the identifier for one name, before uniqueness. */
export function typeNameOf(name: string): string {
  const words = name.match(/[A-Za-z0-9]+/g) ?? [];
  const joined = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
  if (joined === '') return 'Schema';
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}

/** Hands out unique type names (rule 3); one instance per generated module. */
export class TypeNameRegistry {
  readonly #taken = new Set(reservedNames);
  readonly #nextSuffix = new Map<string, number>();

  /** The unique type name for `name` (a spec name, or an already PascalCase base). */
  claim(name: string): string {
    const base = typeNameOf(name);
    let candidate = base;
    let suffix = this.#nextSuffix.get(base) ?? 2;
    while (this.#taken.has(candidate)) {
      candidate = `${base}${suffix}`;
      suffix += 1;
    }
    this.#nextSuffix.set(base, suffix);
    this.#taken.add(candidate);
    return candidate;
  }
}

/** The type name of each component schema, in the order given (the spec's order). */
export function schemaTypeNames(
  schemaNames: readonly string[],
  registry = new TypeNameRegistry(),
): Map<string, string> {
  return new Map(schemaNames.map((name) => [name, registry.claim(name)]));
}
