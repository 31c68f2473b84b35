/**
 * `npm run db:seed:history`: adds the demo year (db/seed/history.ts) to DATABASE_URL (PostgreSQL)
 * or, without it, the embedded PGlite database in PGLITE_DIR, then fills the insights rollups.
 * HISTORY_SCALE=0.1 makes a tenth of it. Refuses a database without the demo data, or with the
 * history already.
 */
import { openPglite, openPostgres, type Database } from "../client";
import { HistoryRefused, seedHistory } from "./history";

async function main(): Promise<void> {
  const { env } = await import("../../env");
  // A size for this one run, like the benches' knobs: not part of the app's configuration (env.ts).
  const scale = Number(process.env.HISTORY_SCALE ?? 1);
  const target = env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${env.PGLITE_DIR}`;
  const database: Database = env.DATABASE_URL ? await openPostgres(env.DATABASE_URL) : await openPglite(env.PGLITE_DIR);
  try {
    console.log(`Adding a year of demo history to ${target} (HISTORY_SCALE=${scale})…`);
    const s = await seedHistory(database.db, { scale });
    const n = (x: number) => x.toLocaleString("en-GB");
    console.log(
      `Added ${n(s.orders)} orders (${Object.entries(s.ordersByKind)
        .map(([k, v]) => `${n(v)} ${k.replaceAll("_", " ")}`)
        .join(", ")}), ${n(s.orderLines)} order lines, ${n(s.orderEvents)} order events, ` +
        `${n(s.customers)} customers, ${s.staff} counter staff in all, and ${n(s.interactions)} interactions (${Object.entries(
          s.interactionsByKind,
        )
          .map(([k, v]) => `${n(v)} ${k.replaceAll("_", " ")}`)
          .join(", ")}) in ${s.seconds.toFixed(1)} s.`,
    );
    console.log(`Insights refreshed: ${s.refresh.days} days in ${s.refresh.seconds.toFixed(1)} s.`);
  } finally {
    await database.close();
  }
}

main().catch(async (err: unknown) => {
  if (err instanceof HistoryRefused) {
    console.error(err.message);
    process.exitCode = 1;
    return;
  }
  const message = await import("../../server/log").then(
    ({ safeErrorMessage }) => safeErrorMessage(err),
    () => (err instanceof Error ? err.message : String(err)),
  );
  console.error(`The demo history failed, and left nothing behind: ${message}`);
  process.exitCode = 1;
});
