// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database).
import { openPglite, openPostgres } from "./client";
import { env } from "@/env";

const database = env.DATABASE_URL ? await openPostgres(env.DATABASE_URL) : await openPglite(env.PGLITE_DIR);
console.log(`Migrations applied (${database.driver}).`);
await database.close();
