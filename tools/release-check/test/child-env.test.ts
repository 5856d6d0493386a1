import { afterEach, describe, expect, it, vi } from 'vitest';
import { childEnv } from '../src/child-env.ts';

afterEach(() => vi.unstubAllEnvs());

describe('childEnv', () => {
  it('drops what the outer pnpm, turbo and vitest set for their own children, keeps the rest, adds the extra', () => {
    vi.stubEnv('npm_config_registry', 'https://outer.example/');
    vi.stubEnv('npm_lifecycle_event', 'test');
    vi.stubEnv('pnpm_config_verify_deps_before_run', 'false');
    vi.stubEnv('TURBO_HASH', 'abc');
    vi.stubEnv('NODE_ENV', 'test');
    vi.stubEnv('RELEASE_CHECK_KEPT', 'yes');
    const env = childEnv({ TURBO_API: 'http://127.0.0.1:1' });
    expect(env).not.toHaveProperty('npm_config_registry');
    expect(env).not.toHaveProperty('npm_lifecycle_event');
    expect(env).not.toHaveProperty('pnpm_config_verify_deps_before_run');
    expect(env).not.toHaveProperty('TURBO_HASH');
    expect(env).not.toHaveProperty('NODE_ENV');
    expect(env).toMatchObject({
      RELEASE_CHECK_KEPT: 'yes',
      TURBO_API: 'http://127.0.0.1:1',
      PATH: process.env.PATH,
    });
  });
});
