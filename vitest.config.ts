import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Vite would resolve `graphql` to its ESM build while Apollo (loaded by Node) gets the CommonJS
// one: two copies of graphql-js refuse each other's schema. Pin the one Node uses.
const graphqlMain = createRequire(import.meta.url).resolve('graphql');

/**
 * Two projects: `unit` (pure code, co-located `src/**\/*.test.ts`, no database) and
 * `integration` (`tests/integration`, against the real Neo4j started once by the global setup).
 */
export default defineConfig({
  resolve: { alias: { graphql: graphqlMain } },
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
