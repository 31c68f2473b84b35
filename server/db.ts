import "server-only";
import { isEmpty, openPglite, openPostgres, type Database } from "@/db/client";
import { env } from "@/env";
import { setEventBus } from "@/server/domain/events/bus";
import { log } from "@/server/log";

const holder = globalThis as { __mostradorDatabase?: Promise<Database>; __mostradorDatabaseClosed?: boolean };

async function open(): Promise<Database> {
  if (env.DATABASE_URL) {
    const database = await openPostgres(env.DATABASE_URL);
    // Several processes may serve one database: events travel between them by LISTEN/NOTIFY.
    const { createPostgresBus } = await import("@/server/domain/events/postgres-bus");
    setEventBus(await createPostgresBus(env.DATABASE_URL));
    return database;
  }
  // The embedded database is created, migrated and filled with demo data on first start.
  const database = await openPglite(env.PGLITE_DIR);
  if (await isEmpty(database.db)) {
    const { seed } = await import("@/db/seed/seed");
    const summary = await seed(database.db);
    log.info({ summary }, "seeded demo data");
  }
  return database;
}

/** The process-wide database, opened on first use (never at import or build time). */
export function getDatabase(): Promise<Database> {
  if (env.NEXT_PHASE === "phase-production-build") {
    throw new Error("The database was reached during `next build`: mark the page dynamic.");
  }
  if (holder.__mostradorDatabaseClosed) return Promise.reject(new Error("The server is stopping."));
  holder.__mostradorDatabase ??= open().catch((err: unknown) => {
    holder.__mostradorDatabase = undefined;
    throw err;
  });
  return holder.__mostradorDatabase;
}

/**
 * Closes the process's database for good, once a stop has drained the requests: PGlite shuts
 * down cleanly (it waits for running statements) and removes its lock file.
 */
export async function closeDatabase(): Promise<void> {
  holder.__mostradorDatabaseClosed = true;
  const opening = holder.__mostradorDatabase;
  holder.__mostradorDatabase = undefined;
  const database = await opening?.catch(() => null);
  await database?.close();
}
