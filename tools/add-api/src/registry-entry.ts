import { readFileSync, writeFileSync } from 'node:fs';
import type { KnownExampleMismatch } from '@sms-contracts/specs/registry';
import { isMap, parseDocument } from 'yaml';

/** The entry `add-api` writes: the root file and the vendor profile. */
export interface VendorEntry {
  readonly slug: string;
  /** Root file, relative to the registry's folder. */
  readonly root: string;
  /** Where the spec came from, kept as a comment for the next reader. */
  readonly origin: string;
}

/** The registry's `apis:` names, in order. */
export function registeredNames(registryFile: string): string[] {
  const document = parseDocument(readFileSync(registryFile, 'utf8'));
  const apis = document.get('apis');
  return isMap(apis)
    ? apis.items.map((item) => String((item.key as { value?: unknown }).value ?? item.key))
    : [];
}

/**
 * Adds `apis.<slug>` with `x-sms-contracts: { profile: vendor }`, keeping every comment and the
 * order of the file.
 */
export function addVendorEntry(registryFile: string, entry: VendorEntry): void {
  const document = parseDocument(readFileSync(registryFile, 'utf8'));
  const node = document.createNode({ root: entry.root, 'x-sms-contracts': { profile: 'vendor' } });
  node.commentBefore = ` Added with \`pnpm add-api\` from ${entry.origin}.`;
  document.setIn(['apis', entry.slug], node);
  writeFileSync(registryFile, document.toString({ lineWidth: 0 }));
}

/** Lists the vendor examples that contradict the vendor's schema, each with its reason. */
export function setKnownExampleMismatches(
  registryFile: string,
  slug: string,
  mismatches: readonly KnownExampleMismatch[],
): void {
  setSetting(
    registryFile,
    slug,
    ['knownExampleMismatches'],
    mismatches.length ? mismatches : undefined,
  );
}

/** Sets the API's size budget (bytes, gzip) for one package entry, e.g. `validation`. */
export function setBudget(registryFile: string, slug: string, entry: string, bytes: number): void {
  setSetting(registryFile, slug, ['budgets', entry], bytes);
}

/** Writes (or, for `undefined`, removes) one key of the entry's `x-sms-contracts` block. */
function setSetting(
  registryFile: string,
  slug: string,
  key: readonly string[],
  value: unknown,
): void {
  const document = parseDocument(readFileSync(registryFile, 'utf8'));
  const path = ['apis', slug, 'x-sms-contracts', ...key];
  if (value === undefined) document.deleteIn(path);
  else document.setIn(path, document.createNode(value));
  writeFileSync(registryFile, document.toString({ lineWidth: 0 }));
}
