import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Simulation-heavy validation tests run for seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
