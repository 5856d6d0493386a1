import { join } from 'node:path';
import { bundleValidation } from '@sms-contracts/specs/bundle-size';
import { repoRoot } from '@sms-contracts/specs/registry';

/** Bytes, minified and gzipped, of `@sms-contracts/validation/<slug>` as a consumer bundles it. */
export async function validationBundleSize(slug: string): Promise<number> {
  return (await bundleValidation(slug, join(repoRoot, 'packages/validation'))).gzip;
}

/**
 * A vendor API's budget: its size when added plus 10 %, rounded up to whole kB. The budget then
 * catches growth (a regenerated spec, a codegen change), not the vendor's size.
 */
export function budgetFromSize(bytes: number): number {
  return Math.ceil((bytes * 1.1) / 1024) * 1024;
}
