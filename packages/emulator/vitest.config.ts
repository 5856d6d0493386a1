import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Servers start on 127.0.0.1 and the CLI test spawns a process: generous, still bounded.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
