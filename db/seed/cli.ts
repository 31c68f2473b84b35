/**
 * `npm run db:seed`: loads the demo data into DATABASE_URL (PostgreSQL) or, without it, the
 * embedded PGlite database in PGLITE_DIR. Does nothing if the database already has data.
 */
import { isEmpty, openPglite, openPostgres, type Database } from "../client";
import { seed } from "./seed";

async function main(): Promise<void> {
  // Imported here rather than at the top so a bad environment is reported like any other failure.
  const { env } = await import("../../env");
  const target = env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${env.PGLITE_DIR}`;
  const database: Database = env.DATABASE_URL ? await openPostgres(env.DATABASE_URL) : await openPglite(env.PGLITE_DIR);
  try {
    if (!(await isEmpty(database.db))) {
      console.log("Database already has data; nothing seeded.");
      return;
    }
    const started = performance.now();
    const s = await seed(database.db);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Seeded ${target}: ${s.locations} locations, ${s.categories} categories, ` +
        `${s.products} products (${s.publishedProducts} published), ${s.variants} variants, ` +
        `${s.images} images, ${s.stockLevels} stock levels, ${s.users} users in ${seconds}s.`,
    );
  } finally {
    await database.close();
  }
}

main().catch(async (err: unknown) => {
  // Without the values a failed query lists; a bad environment fails this import too, and says so itself.
  const message = await import("../../server/log").then(
    ({ safeErrorMessage }) => safeErrorMessage(err),
    () => (err instanceof Error ? err.message : String(err)),
  );
  console.error(`Seeding failed: ${message}`);
  process.exitCode = 1;
});
