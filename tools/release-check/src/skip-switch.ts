/**
 * The one way to skip a slow end-to-end check: its variable set to `1`. A skip is announced on
 * stderr, never silent; any other value is refused rather than guessed at.
 */
export function skippedBy(variable: string): boolean {
  const value = process.env[variable];
  if (value === undefined || value === '' || value === '0') return false;
  if (value !== '1')
    throw new Error(`${variable}: expected 1 (skip) or 0/unset (run), got "${value}"`);
  process.stderr.write(`release-check: skipped because ${variable}=1\n`);
  return true;
}

/** Skips the Verdaccio release round trip (see README). */
export const skipReleaseVariable = 'SMS_CONTRACTS_SKIP_RELEASE_CHECK';
/** Skips the turbo remote-cache check (see README). */
export const skipRemoteCacheVariable = 'SMS_CONTRACTS_SKIP_REMOTE_CACHE_CHECK';
