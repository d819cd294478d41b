import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

// Vite would resolve `graphql` to its ESM build while Apollo (loaded by Node) gets the CommonJS
// one: two copies of graphql-js refuse each other's schema. Pin the one Node uses.
const graphqlMain = createRequire(import.meta.url).resolve('graphql');

/**
 * Three projects: `unit` (pure code, co-located `src/**\/*.test.ts`, no database),
 * `integration` (`tests/integration`, against the real Neo4j started once by the global setup)
 * and `nlp` (`*.nlp.test.ts`, `tests/nlp`, against one real CoreNLP parser process per run,
 * started by tests/parser-setup.ts).
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
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'src/**/*.nlp.test.ts'],
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
      {
        extends: true,
        test: {
          name: 'nlp',
          include: ['src/**/*.nlp.test.ts', 'tests/nlp/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/parser-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
