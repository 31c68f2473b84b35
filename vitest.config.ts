import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = import.meta.dirname;
const postgresUrl = process.env.TEST_DATABASE_URL;

// The same suite runs on embedded PGlite, and again on PostgreSQL when TEST_DATABASE_URL is set.
function project(name: string, databaseUrl: string): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: { name, env: { TEST_DATABASE_URL: databaseUrl, AUTH_SECRET: "test-secret-for-vitest-only-0123456789" } },
  };
}

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React Server Components; the domain is plain Node here.
      "server-only": path.resolve(root, "server/test/empty-module.ts"),
    },
  },
  test: {
    include: [
      "server/**/*.test.ts",
      "db/**/*.test.ts",
      "app/**/*.test.ts",
      "lib/**/*.test.ts",
      "ui/**/*.test.ts",
      "trpc/**/*.test.ts",
      "messages/**/*.test.ts",
      "i18n/**/*.test.ts",
    ],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Each file opens its own database; two workers fit this 2-core machine.
    maxWorkers: 2,
    projects: [project("pglite", ""), ...(postgresUrl ? [project("postgres", postgresUrl)] : [])],
  },
});
