import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { declaredVersion, needsUpgrade } from '@sms-contracts/specs/upgrade';
import { parse } from 'yaml';

/** A spec file as the vendor publishes it. */
export interface VendorSpec {
  /** The file's bytes, copied unchanged into specs/<slug>/. */
  readonly text: string;
  /** `json` or `yaml`: the extension the copy gets. */
  readonly format: 'json' | 'yaml';
  /** `3.0.3`, `3.1.0`, `2.0`, ... */
  readonly version: string;
}

/**
 * Reads a JSON or YAML spec and checks that it is OpenAPI 3.0.x, 3.1.x or Swagger 2.0, saying
 * what was found otherwise.
 */
export function readVendorSpec(file: string): VendorSpec {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read the spec (${(error as Error).message})`);
  }
  const format =
    extname(file).toLowerCase() === '.json' || text.trimStart().startsWith('{') ? 'json' : 'yaml';
  let document: unknown;
  try {
    // YAML 1.2 is a superset of JSON: one parser reads both, with line numbers in its errors.
    document = parse(text, { maxAliasCount: -1 });
  } catch (error) {
    throw new Error(`${file}: not valid ${format.toUpperCase()}: ${(error as Error).message}`);
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new Error(`${file}: expected an OpenAPI document (a mapping at the top)`);
  }
  const version = declaredVersion(document as Record<string, unknown>);
  if (!/^3\.1(\.|$)/.test(version) && !needsUpgrade(document as Record<string, unknown>)) {
    throw new Error(
      `${file}: expected OpenAPI 3.0.x or 3.1.x (or Swagger 2.0), found ${version ? `version ${JSON.stringify(version)}` : 'no "openapi" field'}`,
    );
  }
  return { text, format, version };
}
