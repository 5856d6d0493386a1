import { defineConfig } from 'vitest/config';

// The vendor test adds four real specs to a copy of the workspace and builds them: minutes, not
// seconds, so one test may take up to five.
export default defineConfig({ test: { testTimeout: 300_000, hookTimeout: 60_000 } });
