import "server-only";
import path from "node:path";
import { sql, type SQL } from "drizzle-orm";
import type { PGlite, QueryOptions, Transaction } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Pool, PoolClient } from "pg";
import { lockDataDir } from "./data-dir-lock";
import * as schema from "./schema";
import { log } from "@/server/log";

/** One db type for both drivers (PGlite and node-postgres); transactions are of this type too. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** The handle inside `db.transaction(…)`: a function that takes one runs inside the caller's transaction. Where either will do, take `Db | Tx`. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Driver = "pglite" | "postgres";

export type Database = {
  db: Db;
  driver: Driver;
  close(): Promise<void>;
};

/**
 * Called with the text of every statement the driver sends, as it is sent (BEGIN, COMMIT and
 * ROLLBACK included): for counting round trips (bench/statements.ts). Left unset, the driver
 * is not wrapped at all.
 */
export type OnStatement = (sql: string) => void;

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Any constant would do; it just has to be the same in every instance so migrations run once. */
const MIGRATION_LOCK_KEY = 7_420_314_001;

/**
 * node-postgres: drizzle sends everything through a pool client's `query` (a pool's own `query`
 * borrows a client and calls it; a transaction's begin/commit are queries on its client).
 */
function reportPoolStatements(pool: Pool, onStatement: OnStatement) {
  pool.on("connect", (client: PoolClient) => {
    const query = client.query as (...args: unknown[]) => unknown;
    client.query = function (this: PoolClient, ...args: unknown[]) {
      const [first] = args;
      onStatement(typeof first === "string" ? first : String((first as { text?: unknown } | undefined)?.text ?? first));
      return query.apply(this, args);
    } as PoolClient["query"];
  });
}

/**
 * PGlite: `query` (and `sql`, which calls it) and `exec`; `transaction()` sends its BEGIN and
 * COMMIT/ROLLBACK itself, past `query`, and hands out a transaction object whose own query, sql
 * and exec do not go through the instance's either.
 */
function reportPgliteStatements(client: PGlite, onStatement: OnStatement) {
  const query = client.query.bind(client);
  const exec = client.exec.bind(client);
  const transaction = client.transaction.bind(client);
  client.query = ((text: string, params?: unknown[], options?: QueryOptions) => {
    onStatement(text);
    return query(text, params, options);
  }) as PGlite["query"];
  client.exec = (text: string, options?: QueryOptions) => {
    onStatement(text);
    return exec(text, options);
  };
  client.transaction = (<T>(callback: (tx: Transaction) => Promise<T>) =>
    transaction(async (tx) => {
      onStatement("BEGIN");
      const txQuery = tx.query.bind(tx);
      const txSql = tx.sql.bind(tx);
      const txExec = tx.exec.bind(tx);
      const txRollback = tx.rollback.bind(tx);
      tx.query = ((text: string, params?: unknown[], options?: QueryOptions) => {
        onStatement(text);
        return txQuery(text, params, options);
      }) as Transaction["query"];
      tx.sql = ((strings: TemplateStringsArray, ...params: unknown[]) => {
        onStatement(strings.join("?"));
        return txSql(strings, ...params);
      }) as Transaction["sql"];
      tx.exec = (text: string, options?: QueryOptions) => {
        onStatement(text);
        return txExec(text, options);
      };
      tx.rollback = () => {
        if (!tx.closed) onStatement("ROLLBACK");
        return txRollback();
      };
      try {
        const result = await callback(tx);
        // PGlite commits once the callback returns, unless it rolled back already.
        if (!tx.closed) onStatement("COMMIT");
        return result;
      } catch (err) {
        if (!tx.closed) onStatement("ROLLBACK");
        throw err;
      }
    })) as PGlite["transaction"];
}

export async function openPostgres(
  url: string,
  opts: { max?: number; onStatement?: OnStatement } = {},
): Promise<Database> {
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const pool = new Pool({ connectionString: url, max: opts.max ?? 10 });
  pool.on("error", (err) => log.error({ err }, "database: idle connection failed"));
  if (opts.onStatement) reportPoolStatements(pool, opts.onStatement);
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

/** `dir` is a folder, or "memory://" for a throwaway database (tests). */
export async function openPglite(dir: string, opts: { onStatement?: OnStatement } = {}): Promise<Database> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const inMemory = dir.startsWith("memory://");
  const unlock = inMemory ? () => {} : lockDataDir(path.resolve(dir));
  try {
    const client = await PGlite.create(inMemory ? dir : path.resolve(dir), { extensions: { pg_trgm, unaccent } });
    if (opts.onStatement) reportPgliteStatements(client, opts.onStatement);
    const db = drizzle(client, { schema }) as unknown as Db;
    await migrate(drizzle(client, { schema }), { migrationsFolder });
    // Every page is in memory (or the OS cache): a random read costs about what a sequential one
    // does. Without this the planner prefers scanning a whole table to a few index lookups.
    await client.exec("set random_page_cost = 1.1");
    // PGlite runs no autovacuum: fresh statistics at every start, and on the app's own beat (tidyPglite).
    await client.exec("analyze");
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

/** Text to match literally inside a LIKE pattern: its %, _ and \\ escaped. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
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
  return {
    code: e.message,
    details: typeof e.detail === "string" && e.detail ? (JSON.parse(e.detail) as Record<string, unknown>) : {},
  };
}

/**
 * What autovacuum does on a PostgreSQL server, for PGlite, which has none: clear dead rows (stock
 * levels and carts change at every order) and refresh the planner's statistics. Called on the
 * app's 15-minute beat; a no-op on PostgreSQL.
 */
export async function tidyPglite(database: Database) {
  if (database.driver === "pglite") await database.db.execute(sql`vacuum analyze`);
}
