import { sql, type SQL } from "drizzle-orm";
import { queryRows, type Db, type Tx } from "@/db/client";
import { insightsRefresh } from "@/db/schema";

/**
 * The sales rollups (sales_day, sales_staff_day) and click-and-collect facts (pickup_fact), kept
 * from the orders. Each refresh finds the
 * shop days of orders changed since the last one (order.updated_at, indexed) and recomputes those
 * whole days, deleting and inserting in one transaction: so it is idempotent, a fact is counted
 * once, and an order that is cancelled or expires days later leaves its day's figures right.
 *
 * A transaction that changed an order before this refresh began but commits after it is not in
 * its snapshot; each refresh therefore reads back OVERLAP before the last one's start.
 */
const OVERLAP = "5 minutes";
const NAME = "sales";

/** An order that counts as a sale: everything but those cancelled or expired uncollected. */
const SOLD = sql`o.status not in ('cancelled', 'expired')`;
/** The shop's day of an order. */
const DAY = sql`(o.placed_at at time zone 'Europe/Madrid')::date`;
/** Bought at the till and taken there and then, as orders.ts tells a counter sale from an endless-aisle order. */
const FULFILMENT = sql`case
  when o.channel = 'store' and o.sold_at_location_id is not distinct from o.location_id and o.fulfilment = 'pickup' then 'counter'
  else o.fulfilment::text end`;

export type RefreshResult = { days: number; computedAt: Date };

export async function refreshSales(db: Db): Promise<RefreshResult> {
  return db.transaction(async (tx) => {
    // One refresher at a time, across instances: the second waits, then finds little left to do.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('insights.sales'))`);
    const [mark] = await tx
      .select({ through: insightsRefresh.through })
      .from(insightsRefresh)
      .where(sql`${insightsRefresh.name} = ${NAME}`);
    const changed = mark
      ? sql`o.updated_at > ${mark.through}::timestamptz - interval '${sql.raw(OVERLAP)}'`
      : sql`true`;
    // The days to recompute, as a temporary list the statements below share.
    await tx.execute(sql`create temporary table if not exists insights_days (day date primary key) on commit drop`);
    await tx.execute(sql`insert into insights_days select distinct ${DAY} from "order" o where ${changed}
      on conflict do nothing`);
    const [{ days }] = (await queryRows<{ days: number }>(
      tx,
      sql`select count(*)::int as days from insights_days`,
    )) as [{ days: number }];
    // Those days' orders, by the placed_at index: from the first day's Madrid midnight to the last's end.
    const inDays = sql`o.placed_at >= (select min(day) from insights_days)::timestamp at time zone 'Europe/Madrid'
      and o.placed_at < ((select max(day) from insights_days) + 1)::timestamp at time zone 'Europe/Madrid'
      and ${DAY} in (select day from insights_days)`;
    if (days) await recomputeDays(tx, inDays);
    // Click-and-collect facts: the changed orders' rows, rewritten whole (one per order).
    await tx.execute(sql`delete from pickup_fact where order_id in (select o.id from "order" o where ${changed})`);
    await tx.execute(sql`
      insert into pickup_fact (order_id, day, location_id, placed_at, ready_at, collected_at, outcome, cancel_reason, units, missing)
      select o.id, ${DAY}, o.location_id, o.placed_at,
        (select min(e.created_at) from order_event e where e.order_id = o.id and e.status = 'ready'),
        (select min(e.created_at) from order_event e where e.order_id = o.id and e.status = 'collected'),
        case when o.status in ('collected', 'expired', 'cancelled') then o.status::text else 'open' end,
        case when o.status = 'cancelled' then
          (select e.note from order_event e where e.order_id = o.id and e.status = 'cancelled' order by e.created_at desc limit 1)
        end,
        (select coalesce(sum(l.quantity), 0) from order_line l where l.order_id = o.id),
        (select coalesce(sum(l.missing_quantity), 0) from order_line l where l.order_id = o.id)
      from "order" o
      where ${changed} and o.fulfilment = 'pickup' and ${FULFILMENT} = 'pickup'`);
    // now() is this transaction's start: the next refresh reads from here (less the overlap).
    const [done] = await tx
      .insert(insightsRefresh)
      .values({ name: NAME, through: sql`now()`, computedAt: sql`clock_timestamp()` })
      .onConflictDoUpdate({
        target: insightsRefresh.name,
        set: { through: sql`now()`, computedAt: sql`clock_timestamp()` },
      })
      .returning({ computedAt: insightsRefresh.computedAt });
    return { days, computedAt: done!.computedAt };
  });
}

/** The sales rollups of the days in insights_days, deleted and computed again from their orders. */
async function recomputeDays(tx: Tx, inDays: SQL) {
  await tx.execute(sql`delete from sales_day where day in (select day from insights_days)`);
  await tx.execute(sql`delete from sales_staff_day where day in (select day from insights_days)`);
  await tx.execute(sql`
    with sold as (
      select ${DAY} as day, o.location_id, o.channel, ${FULFILMENT} as fulfilment, o.sold_by_id, o.total_minor,
        (select coalesce(sum(l.quantity - l.missing_quantity), 0) from order_line l where l.order_id = o.id) as units
      from "order" o
      where ${SOLD} and ${inDays}
    ), by_staff as (
      insert into sales_staff_day (day, location_id, staff_id, orders, units, revenue_minor)
      select day, location_id, sold_by_id, count(*), sum(units), sum(total_minor)
      from sold where fulfilment = 'counter' and sold_by_id is not null
      group by day, location_id, sold_by_id
    )
    insert into sales_day (day, location_id, channel, fulfilment, orders, units, revenue_minor)
    select day, location_id, channel, fulfilment, count(*), sum(units), sum(total_minor)
    from sold group by day, location_id, channel, fulfilment`);
}

/** When the sales figures were last computed (null: never yet). */
export async function salesComputedAt(db: Db): Promise<Date | null> {
  const [row] = await db
    .select({ computedAt: insightsRefresh.computedAt })
    .from(insightsRefresh)
    .where(sql`${insightsRefresh.name} = ${NAME}`);
  return row?.computedAt ?? null;
}
