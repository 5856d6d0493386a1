import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where tools fetched from the npm registry are kept between runs, the folder `.ci/toolchain.sh`
 * uses too: `$SMS_CONTRACTS_CACHE`, else `~/.cache/sms-contracts`.
 */
export function cacheRoot(): string {
  return process.env.SMS_CONTRACTS_CACHE ?? join(homedir(), '.cache', 'sms-contracts');
}
