import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // The differential tests run tens of thousands of inputs per schema.
    testTimeout: 120_000,
  },
});
