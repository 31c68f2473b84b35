import "server-only";
import fs from "node:fs";
import path from "node:path";
import { sql, type SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

/** One db type for both drivers (PGlite and node-postgres); transactions are of this type too. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Driver = "pglite" | "postgres";

export type Database = {
  db: Db;
  driver: Driver;
  close(): Promise<void>;
};

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Any constant would do; it just has to be the same in every instance so migrations run once. */
const MIGRATION_LOCK_KEY = 7_420_314_001;

export async function openPostgres(url: string, opts: { max?: number } = {}): Promise<Database> {
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const pool = new Pool({ connectionString: url, max: opts.max ?? 10 });
  pool.on("error", (err) => console.error("[db] idle client error", err.message));
  const db = drizzle(pool, { schema }) as unknown as Db;
  // Several instances may start at once: one applies migrations, the others wait for it.
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await migrate(drizzle(client, { schema }), { migrationsFolder });
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    client.release();
  }
  return { db, driver: "postgres", close: () => pool.end() };
}

/**
 * PGlite has no file lock of its own, and two processes on one data directory corrupt it.
 * A pid file next to the data refuses a second process while the first is alive.
 */
function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const lockFile = path.join(dir, "mostrador.pid");
  try {
    const holder = Number(fs.readFileSync(lockFile, "utf8"));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `The embedded database in ${dir} is already open in process ${holder}. ` +
          "PGlite serves one process: stop that one, set PGLITE_DIR to another folder, or set DATABASE_URL to run several instances on PostgreSQL.",
      );
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => {
    try {
      if (fs.readFileSync(lockFile, "utf8") === String(process.pid)) fs.unlinkSync(lockFile);
    } catch {
      /* already gone */
    }
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** `dir` is a folder, or "memory://" for a throwaway database (tests). */
export async function openPglite(dir: string): Promise<Database> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const inMemory = dir.startsWith("memory://");
  const unlock = inMemory ? () => {} : lockDataDir(path.resolve(dir));
  try {
    const client = await PGlite.create(inMemory ? dir : path.resolve(dir), { extensions: { pg_trgm } });
    const db = drizzle(client, { schema }) as unknown as Db;
    await migrate(drizzle(client, { schema }), { migrationsFolder });
    return {
      db,
      driver: "pglite",
      close: async () => {
        await client.close();
        unlock();
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}

export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(schema.location);
  return (rows[0]?.n ?? 0) === 0;
}

/** Rows of a raw statement (a call to one of the database functions); both drivers answer `{ rows }`. */
export async function queryRows<T>(db: Pick<Db, "execute">, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** SQLSTATE of the refusals the database functions raise (migration 0004): message = domain code. */
const REFUSAL_SQLSTATE = "MS400";

/**
 * A refusal raised by a database function, with its code and details, or null for any other
 * error. Drizzle wraps driver errors in its own, with the driver's as `cause`.
 */
export function databaseRefusal(err: unknown): { code: string; details: Record<string, unknown> } | null {
  const inner = err instanceof Error && err.cause ? err.cause : err;
  const e = inner as { code?: unknown; message?: unknown; detail?: unknown } | null;
  if (!e || e.code !== REFUSAL_SQLSTATE || typeof e.message !== "string") return null;
  return { code: e.message, details: typeof e.detail === "string" && e.detail ? (JSON.parse(e.detail) as Record<string, unknown>) : {} };
}
