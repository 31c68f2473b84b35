import { randomUUID } from "node:crypto";

/** The server a benchmark borrows a throwaway database from; used by bench/orders.ts and bench/latency.ts. */
export const postgresServerUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * Creates `mostrador_bench_<random>` on that server and returns its URL and a way to drop it, or
 * null (with a message) when the server cannot be reached, so the rest of the run goes on.
 */
export async function createTempDatabase(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const { Client } = await import("pg");
  const admin = new Client({ connectionString: postgresServerUrl });
  try {
    await admin.connect();
  } catch (err) {
    console.warn(`Postgres skipped: cannot connect to ${postgresServerUrl} (${(err as Error).message})`);
    return null;
  }
  const name = `mostrador_bench_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(postgresServerUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = new Client({ connectionString: postgresServerUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
