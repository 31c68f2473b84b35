import { randomUUID } from "node:crypto";
import { openPglite, openPostgres, type Database } from "@/db/client";
import { seed } from "@/db/seed/seed";

/** `url` is set on PostgreSQL, for tests that open more connections of their own. */
export type TestDatabase = Database & { label: string; url?: string };

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database
 * on the server named by TEST_DATABASE_URL (dropped again by close()), so the same suite runs on both.
 */
export async function createTestDatabase(opts: { seed?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let database: Database;
  let label: string;
  let url: string | undefined;
  if (serverUrl) {
    const name = `mostrador_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
    const admin = await openAdmin(serverUrl);
    await admin.query(`create database ${name}`);
    await admin.end();
    const dbUrl = new URL(serverUrl);
    dbUrl.pathname = `/${name}`;
    url = dbUrl.toString();
    const opened = await openPostgres(url, { max: 20 });
    database = {
      ...opened,
      close: async () => {
        await opened.close();
        const cleanup = await openAdmin(serverUrl);
        await cleanup.query(`drop database if exists ${name} with (force)`);
        await cleanup.end();
      },
    };
    label = "postgres";
  } else {
    database = await openPglite("memory://");
    label = "pglite";
  }
  if (opts.seed ?? true) await seed(database.db);
  return { ...database, label, url };
}

async function openAdmin(url: string) {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}
