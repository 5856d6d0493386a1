import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A release (build, publish, npm install, two Node versions) takes minutes, not seconds;
    // every step has its own, tighter, timeout inside.
    hookTimeout: 420_000,
    testTimeout: 120_000,
    // Two cores: the release and the remote-cache builds must not run at the same time.
    fileParallelism: false,
  },
});
