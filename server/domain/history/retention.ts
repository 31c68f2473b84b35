import "server-only";
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { interaction } from "@/db/schema";

/** Rows per statement: each is its own short transaction, so checkout never waits long behind it. */
export const RETENTION_BATCH = 5_000;

/**
 * Deletes touchpoints older than `months` (counted back from `now`), oldest first, a batch per
 * statement along interaction_created_idx, until none is left. PGlite is one connection shared
 * with checkout, so one huge delete would stall every request until it finished.
 */
export async function deleteOldInteractions(
  db: Pick<Db, "execute">,
  opts: { months: number; now?: Date; batchSize?: number },
): Promise<{ deleted: number; before: Date }> {
  const now = opts.now ?? new Date();
  const batch = opts.batchSize ?? RETENTION_BATCH;
  const [cut] = await queryRows<{ before: Date | string }>(
    db,
    sql`select (${now.toISOString()}::timestamptz - make_interval(months => ${opts.months}::int)) as before`,
  );
  const before = new Date(cut!.before);
  let deleted = 0;
  for (;;) {
    const [gone] = await queryRows<{ count: number }>(
      db,
      sql`with doomed as (
            select id from ${interaction} where created_at < ${before.toISOString()}::timestamptz
            order by created_at limit ${batch}
          ), gone as (
            delete from ${interaction} where id in (select id from doomed) returning 1
          )
          select count(*)::int as count from gone`,
    );
    const count = gone?.count ?? 0;
    deleted += count;
    if (count < batch) return { deleted, before };
    // Between batches, let waiting requests (a checkout on the same PGlite connection) go first.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
