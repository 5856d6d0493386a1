/**
 * Per-API project settings: the `x-sms-contracts:` block of an `apis:` entry in `redocly.yaml`.
 * Redocly ignores the block; lint profiles, format policy, size budgets and known example
 * mismatches are read from it so that one registry describes each API completely.
 */

/** How strictly an API's spec is linted: our hand-written specs are strict, vendors' are not. */
export type LintProfile = 'strict' | 'vendor';

/** A vendor example that contradicts the vendor's own schema, kept visible instead of skipped. */
export interface KnownExampleMismatch {
  /** JSON Pointer of the example in the bundled spec, e.g. `/paths/~1messages/post/...`. */
  readonly pointer: string;
  /** Why it stays: what the example says against what the schema says. */
  readonly reason: string;
}

export interface ApiSettings {
  /** @default 'strict' */
  readonly profile: LintProfile;
  /**
   * Which `format` values the validators assert; the rest are annotations. Unset means the
   * project's documented default policy.
   */
  readonly formats?: 'default' | 'all' | 'none' | readonly string[];
  /** Size budgets in bytes, gzip, per published package entry (e.g. `validation`, `client`). */
  readonly budgets: Readonly<Record<string, number>>;
  /** @default [] */
  readonly knownExampleMismatches: readonly KnownExampleMismatch[];
}

/**
 * The budget an API gets for a package entry when its registry entry sets none: the size the
 * bundle-size tests hold it to (bytes, gzip). A vendor's large spec states its own in the registry.
 */
export const defaultBudgets: Readonly<Record<string, number>> = { validation: 10 * 1024 };

/** The size budget of `entry` (e.g. `validation`) for an API: its own, else the default. */
export function budgetOf(settings: ApiSettings, entry: string): number | undefined {
  return settings.budgets[entry] ?? defaultBudgets[entry];
}

/** What an entry without an `x-sms-contracts` block gets. */
export const defaultApiSettings: ApiSettings = {
  profile: 'strict',
  budgets: {},
  knownExampleMismatches: [],
};

/** Reads and checks one entry's `x-sms-contracts` block; `where` names it in errors. */
export function readApiSettings(raw: unknown, where: string): ApiSettings {
  if (raw === undefined || raw === null) return defaultApiSettings;
  const block = asRecord(raw, where);
  const profile = block.profile ?? 'strict';
  if (profile !== 'strict' && profile !== 'vendor') {
    throw new Error(
      `${where}.profile: expected "strict" or "vendor", got ${JSON.stringify(profile)}`,
    );
  }
  return {
    profile,
    ...(block.formats === undefined
      ? {}
      : { formats: readFormats(block.formats, `${where}.formats`) }),
    budgets: readBudgets(block.budgets, `${where}.budgets`),
    knownExampleMismatches: readMismatches(
      block.knownExampleMismatches,
      `${where}.knownExampleMismatches`,
    ),
  };
}

function readFormats(raw: unknown, where: string): NonNullable<ApiSettings['formats']> {
  if (raw === 'default' || raw === 'all' || raw === 'none') return raw;
  if (Array.isArray(raw) && raw.every((name) => typeof name === 'string')) return raw;
  throw new Error(`${where}: expected "default", "all", "none" or a list of format names`);
}

function readBudgets(raw: unknown, where: string): Record<string, number> {
  if (raw === undefined) return {};
  const budgets = asRecord(raw, where);
  for (const [entry, bytes] of Object.entries(budgets)) {
    if (typeof bytes !== 'number' || !Number.isInteger(bytes) || bytes <= 0) {
      throw new Error(`${where}.${entry}: expected a positive whole number of bytes`);
    }
  }
  return budgets as Record<string, number>;
}

function readMismatches(raw: unknown, where: string): KnownExampleMismatch[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new Error(`${where}: expected a list of { pointer, reason }`);
  return raw.map((item, index) => {
    const entry = asRecord(item, `${where}[${index}]`);
    if (
      typeof entry.pointer !== 'string' ||
      typeof entry.reason !== 'string' ||
      entry.reason === ''
    ) {
      throw new Error(`${where}[${index}]: expected { pointer: string, reason: non-empty string }`);
    }
    return { pointer: entry.pointer, reason: entry.reason };
  });
}

function asRecord(raw: unknown, where: string): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error(`${where}: expected a mapping`);
  }
  return raw as Record<string, unknown>;
}
