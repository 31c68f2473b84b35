/**
 * Orders placed per second under concurrency, on PGlite and on PostgreSQL, each beside the rate
 * of the bare SQL reservation transaction on the same database, as a ratio. Every run ends with
 * an exactness check: as many orders as units, none reserved twice.
 *
 *   npm run bench                      # PGlite, and Postgres at BENCH_DATABASE_URL / TEST_DATABASE_URL
 *   BENCH_ORDERS=600 BENCH_CONCURRENCY=32 npm run bench
 *
 * Then the SQL statements each operation sends, one operation at a time (BEGIN/COMMIT and the
 * event bus's NOTIFY included), averaged over BENCH_SQL_RUNS runs; BENCH_SQL_TRACE=1 also lists
 * one run's statements per operation.
 */
import { openPglite, openPostgres, type Database, type OnStatement } from "@/db/client";
import { eventBus, setEventBus } from "@/server/domain/events/bus";
import { createPostgresBus } from "@/server/domain/events/postgres-bus";
import { bench, type Result } from "./orders-race";
import { CONCURRENCY, ORDERS, UNITS_PER_VARIANT, VARIANTS } from "./orders-shop";
import { countStatements, printStatements } from "./orders-statements";
import { createStatementCounter, type StatementCounter } from "./statements";
import { createTempDatabase } from "./temp-postgres";

/** On PostgreSQL the app publishes through LISTEN/NOTIFY: a bus of its own, counted too, while counting. */
async function withPostgresBus(url: string, onStatement: OnStatement, work: () => Promise<void>) {
  const previous = eventBus();
  const bus = await createPostgresBus(url, { onStatement });
  setEventBus(bus);
  try {
    await work();
  } finally {
    setEventBus(previous);
    await bus.close();
  }
}

/** A throwaway database on the server, its pool as wide as the race. */
async function postgresDatabase(
  onStatement: OnStatement,
): Promise<{ database: Database; url: string; drop: () => Promise<void> } | null> {
  const temp = await createTempDatabase();
  if (!temp) return null;
  const database = await openPostgres(temp.url, { max: CONCURRENCY, onStatement });
  return {
    database,
    url: temp.url,
    drop: async () => {
      await database.close();
      await temp.drop();
    },
  };
}

async function main() {
  console.log(
    `${ORDERS} one-line carts racing for ${VARIANTS * UNITS_PER_VARIANT} units at one store, ${CONCURRENCY} at a time\n`,
  );
  const results: Result[] = [];
  const counted: { driver: string; statements: StatementCounter }[] = [];
  const pgliteStatements = createStatementCounter();
  const pglite = await openPglite("memory://", { onStatement: pgliteStatements.onStatement });
  try {
    results.push(await bench("pglite", pglite));
    await countStatements(pglite, pgliteStatements);
    counted.push({ driver: "pglite", statements: pgliteStatements });
  } finally {
    await pglite.close();
  }
  const postgresStatements = createStatementCounter();
  const pg = await postgresDatabase(postgresStatements.onStatement);
  if (pg) {
    try {
      // As the app runs on PostgreSQL: every change announced through LISTEN/NOTIFY, timed too.
      await withPostgresBus(pg.url, postgresStatements.onStatement, async () => {
        results.push(await bench("postgres", pg.database));
        await countStatements(pg.database, postgresStatements);
      });
      counted.push({ driver: "postgres", statements: postgresStatements });
    } finally {
      await pg.drop();
    }
  }
  console.table(
    results.map((r) => ({
      database: r.driver,
      "orders placed": r.placed,
      "refused (out of stock)": r.refused,
      "placeOrder / s": r.ordersPerSecond.toFixed(0),
      "bare SQL reservation / s": r.bareSqlPerSecond.toFixed(0),
      "placeOrder : bare SQL": (r.ordersPerSecond / r.bareSqlPerSecond).toFixed(3),
      "web + counter mixed / s": r.mixedPerSecond.toFixed(0),
      "mixed : placeOrder": (r.mixedPerSecond / r.ordersPerSecond).toFixed(2),
    })),
  );
  console.log(
    "Exact on every database: orders = units, reserved = on hand, no unit sold twice — online alone, and online racing the counter.",
  );
  printStatements(counted);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
