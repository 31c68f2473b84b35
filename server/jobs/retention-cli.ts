/**
 * `npm run jobs:retention`: deletes touchpoints (interaction rows) older than
 * INTERACTION_RETENTION_MONTHS (13 by default), in batches, on DATABASE_URL (PostgreSQL) or the
 * embedded database in PGLITE_DIR (stop the app first: PGlite serves one process). The running app
 * does the same once a day by itself.
 */
import { openPglite, openPostgres } from "@/db/client";
import { env } from "@/env";
import { deleteOldInteractions } from "@/server/domain/history/retention";
import { safeErrorMessage } from "@/server/log";

async function main() {
  const database = env.DATABASE_URL ? await openPostgres(env.DATABASE_URL) : await openPglite(env.PGLITE_DIR);
  try {
    const { deleted, before } = await deleteOldInteractions(database.db, { months: env.INTERACTION_RETENTION_MONTHS });
    console.log(
      `Deleted ${deleted} ${deleted === 1 ? "interaction" : "interactions"} recorded before ${before.toISOString()} (${env.INTERACTION_RETENTION_MONTHS} months).`,
    );
  } finally {
    await database.close();
  }
}

// A command's output for the person running it, on the console; an error without its values.
main().catch((err: unknown) => {
  console.error(safeErrorMessage(err));
  process.exit(1);
});
