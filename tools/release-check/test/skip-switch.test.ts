import { afterEach, describe, expect, it, vi } from 'vitest';
import { skippedBy } from '../src/skip-switch.ts';

const variable = 'RELEASE_CHECK_TEST_SWITCH';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('skippedBy', () => {
  it('runs when the variable is unset, empty or 0', () => {
    for (const value of [undefined, '', '0']) {
      vi.stubEnv(variable, value);
      expect(skippedBy(variable)).toBe(false);
    }
  });

  it('skips on 1, and says so on stderr', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    vi.stubEnv(variable, '1');
    expect(skippedBy(variable)).toBe(true);
    expect(write).toHaveBeenCalledWith(`release-check: skipped because ${variable}=1\n`);
  });

  it('refuses any other value instead of guessing', () => {
    vi.stubEnv(variable, 'yes');
    expect(() => skippedBy(variable)).toThrowError(
      `${variable}: expected 1 (skip) or 0/unset (run), got "yes"`,
    );
  });
});
