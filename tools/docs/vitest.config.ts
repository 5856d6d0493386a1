import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Building the site and driving chromium take seconds, not milliseconds; bounded all the same.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: the browser and the site builds should not fight over them.
    fileParallelism: false,
  },
});
