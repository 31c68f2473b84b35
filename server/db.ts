import "server-only";
import { isEmpty, openPglite, openPostgres, type Database } from "@/db/client";
import { env } from "@/env";
import { setEventBus } from "@/server/domain/events/bus";

const holder = globalThis as { __mostradorDatabase?: Promise<Database> };

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
    console.log("[db] seeded demo data", summary);
  }
  return database;
}

/** The process-wide database, opened on first use (never at import or build time). */
export function getDatabase(): Promise<Database> {
  if (env.NEXT_PHASE === "phase-production-build") {
    throw new Error("The database was reached during `next build`: mark the page dynamic.");
  }
  holder.__mostradorDatabase ??= open().catch((err: unknown) => {
    holder.__mostradorDatabase = undefined;
    throw err;
  });
  return holder.__mostradorDatabase;
}
