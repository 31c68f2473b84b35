/**
 * `npm run jobs:expire`: expires ready pickup orders not collected within PICKUP_EXPIRY_DAYS, and
 * unpaid ones past their collect-by date (PICKUP_COLLECT_DAYS from placement, whatever their status), on
 * DATABASE_URL (PostgreSQL) or the embedded database in PGLITE_DIR (stop the app first: PGlite
 * serves one process). The running app does the same every 15 minutes by itself.
 */
import { openPglite, openPostgres } from "@/db/client";
import { env } from "@/env";
import { expireUncollected } from "@/server/domain/pickup/expiry";
import { getPaymentProvider } from "@/server/domain/payments/provider";
import { safeErrorMessage } from "@/server/log";

async function main() {
  const database = env.DATABASE_URL ? await openPostgres(env.DATABASE_URL) : await openPglite(env.PGLITE_DIR);
  try {
    const { expired } = await expireUncollected(database.db, getPaymentProvider(), { days: env.PICKUP_EXPIRY_DAYS });
    console.log(
      expired.length
        ? `Expired ${expired.length} uncollected orders: ${expired.join(", ")}`
        : "No uncollected orders to expire.",
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
