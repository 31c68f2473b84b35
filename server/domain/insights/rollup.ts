import { setTimeout as sleep } from "node:timers/promises";
import { sql, type SQL } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { insightsRefresh } from "@/db/schema";
import { monthOf } from "./months";

/**
 * The insights rollups, kept from the orders and the touchpoints (db/schema/insights.ts). Each
 * refresh finds the shop days touched since the last one — the days orders changed on and were
 * placed on (order.updated_at, indexed), and the days of new touchpoints (interaction.created_at) —
 * and recomputes those whole days, deleting and inserting: so it is idempotent, a fact is counted
 * once, and an order that is cancelled or expires days later leaves its day's figures right.
 * Then the months of those days are added up again from them (customer_month, search_month).
 *
 * Each day is its own short transaction: PGlite is one connection, and recomputing a year in one
 * would hold checkout for as long as it takes. A day is all or nothing; the watermark moves only
 * once every day is done, so a refresh that stops half-way is redone whole by the next.
 *
 * A transaction that changed an order before this refresh began but commits after it is not in
 * its snapshot; each refresh therefore reads back OVERLAP before the last one's start.
 */
const OVERLAP = "5 minutes";
const NAME = "sales";
const MADRID = "Europe/Madrid";

/** An order that counts as a sale: everything but those cancelled or expired uncollected. */
const SOLD = sql`o.status not in ('cancelled', 'expired')`;
/** The shop's day of an order. */
const DAY = sql`(o.placed_at at time zone ${sql.raw(`'${MADRID}'`)})::date`;
/** Bought at the till and taken there and then, as orders.ts tells a counter sale from an endless-aisle order. */
const FULFILMENT = sql`case
  when o.channel = 'store' and o.sold_at_location_id is not distinct from o.location_id and o.fulfilment = 'pickup' then 'counter'
  else o.fulfilment::text end`;
/** How far back a touchpoint on the other channel counts as having influenced a sale. */
const INFLUENCE_WINDOW = "14 days";
/** A counter sale this close to the same customer collecting an order there is bought while collecting. */
const ATTACH_WINDOW = "30 minutes";
/** A search followed by a view or an add to cart this soon after found what was looked for. */
const FOLLOW_WINDOW = "30 minutes";

export type RefreshResult = { days: number; computedAt: Date };

/**
 * How the app's scheduler paces a refresh: after each short transaction it waits this many times
 * as long as it took, so a refresh holds PGlite's one connection (or a Postgres core) at most one
 * part in twenty, and checkout beside it hardly notices (bench/insights.ts). A year's recompute
 * then takes minutes instead of seconds; a minute's, a second or two.
 */
export const REFRESH_PACE = 19;

export async function refreshSales(db: Db, opts: { pace?: number } = {}): Promise<RefreshResult> {
  const { days, startedAt } = await changedDays(db);
  const through = sql`${startedAt}::timestamptz`;
  for (const [i, day] of days.entries()) {
    await recomputeDay(db, day, opts.pace ?? 0);
    // A month once the last of its touched days is done: a year's rebuild adds up each month once, not once a day.
    if (days[i + 1]?.slice(0, 7) !== day.slice(0, 7)) await recomputeMonth(db, monthOf(day), opts.pace ?? 0);
  }
  // The next refresh reads from this one's start (less the overlap).
  const [done] = await db
    .insert(insightsRefresh)
    .values({ name: NAME, through, computedAt: sql`clock_timestamp()` })
    .onConflictDoUpdate({
      target: insightsRefresh.name,
      set: { through, computedAt: sql`clock_timestamp()` },
    })
    .returning({ computedAt: insightsRefresh.computedAt });
  return { days: days.length, computedAt: done!.computedAt };
}

/** The shop days touched since the last refresh, oldest first, and when this look was taken. */
async function changedDays(db: Db): Promise<{ days: string[]; startedAt: string }> {
  return db.transaction(async (tx) => {
    const [mark] = await tx
      .select({ through: insightsRefresh.through })
      .from(insightsRefresh)
      .where(sql`${insightsRefresh.name} = ${NAME}`);
    const since = mark
      ? sql`${mark.through}::timestamptz - interval '${sql.raw(OVERLAP)}'`
      : sql`'-infinity'::timestamptz`;
    const rows = await queryRows<{ day: string }>(
      tx,
      sql`select to_char(day, 'YYYY-MM-DD') as day from (
            select ${DAY} as day from "order" o where o.updated_at > ${since}
            union select (o.updated_at at time zone ${MADRID})::date from "order" o where o.updated_at > ${since}
            union select (i.created_at at time zone ${MADRID})::date from interaction i where i.created_at > ${since}
          ) d order by day`,
    );
    // now() is this transaction's start, as text: raw rows bring timestamps back as strings on one driver.
    const [{ now }] = (await queryRows<{ now: string }>(tx, sql`select now()::text as now`)) as [{ now: string }];
    return { days: rows.map((r) => r.day), startedAt: now };
  });
}

/**
 * Every rollup of one shop day, deleted and computed again from its orders and touchpoints. The
 * sales day is also the day an order was collected or changed on, so a counter sale made while a
 * customer collected an older order sees that collection. Each rollup's day is replaced in its own
 * short transaction (a dashboard sees it before or after, never half-way): on PGlite's one
 * connection, checkout waits for at most one of them.
 */
export async function recomputeDay(db: Db, day: string, pace = 0) {
  // The day's orders by the placed_at index, from its Madrid midnight to the next.
  const ofDay = sql`o.placed_at >= ${day}::date::timestamp at time zone ${MADRID}
    and o.placed_at < (${day}::date + 1)::timestamp at time zone ${MADRID}`;
  const touchOfDay = sql`i.created_at >= ${day}::date::timestamp at time zone ${MADRID}
    and i.created_at < (${day}::date + 1)::timestamp at time zone ${MADRID}`;
  const steps: Step[] = [
    {
      tables: ["sales_day", "sales_staff_day"],
      write: [
        sql`
          with sold as (
            select o.location_id, o.channel, ${FULFILMENT} as fulfilment, o.sold_by_id, o.total_minor,
              (select coalesce(sum(l.quantity - l.missing_quantity), 0) from order_line l where l.order_id = o.id) as units
            from "order" o
            where ${SOLD} and ${ofDay}
          ), by_staff as (
            insert into sales_staff_day (day, location_id, staff_id, orders, units, revenue_minor)
            select ${day}::date, location_id, sold_by_id, count(*), sum(units), sum(total_minor)
            from sold where fulfilment = 'counter' and sold_by_id is not null
            group by location_id, sold_by_id
          )
          insert into sales_day (day, location_id, channel, fulfilment, orders, units, revenue_minor)
          select ${day}::date, location_id, channel, fulfilment, count(*), sum(units), sum(total_minor)
          from sold group by location_id, channel, fulfilment`,
      ],
    },
    {
      tables: ["sales_category_day"],
      write: [
        sql`
          insert into sales_category_day (day, location_id, channel, fulfilment, category_id, orders, units, revenue_minor)
          select ${day}::date, o.location_id, o.channel, ${FULFILMENT}, p.category_id, count(distinct o.id),
            sum(l.quantity - l.missing_quantity), sum((l.quantity - l.missing_quantity) * l.unit_price_minor)
          from "order" o
            join order_line l on l.order_id = o.id
            join variant v on v.id = l.variant_id
            join product p on p.id = v.product_id
          where ${SOLD} and ${ofDay}
          group by o.location_id, o.channel, 4, p.category_id`,
      ],
    },
    {
      tables: ["customer_day"],
      write: [
        sql`
          insert into customer_day (day, customer_id, channel, orders, revenue_minor)
          select ${day}::date, o.customer_id, o.channel, count(*), sum(o.total_minor)
          from "order" o
          where ${SOLD} and ${ofDay} and o.customer_id is not null
          group by o.customer_id, o.channel`,
        // The cohort of everyone who bought (or no longer did) that day: the channel of their first sale, ever.
        sql`
          delete from customer_first
          where customer_id in (select o.customer_id from "order" o where ${ofDay} and o.customer_id is not null)`,
        sql`
          insert into customer_first (customer_id, day, channel)
          select c.customer_id, f.day, f.channel
          from (select distinct o.customer_id from "order" o where ${ofDay} and o.customer_id is not null) c
          -- Each one's first sale, by the (customer, placed_at) index.
          cross join lateral (
            select ${DAY} as day, o.channel from "order" o
            where o.customer_id = c.customer_id and ${SOLD} order by o.placed_at limit 1
          ) f`,
      ],
    },
    {
      tables: ["influence_fact", "influence_day"],
      write: [
        // Each sale's lines, and those the same customer had met on the other channel in the window
        // before: on the web (viewed, added to a cart, or searched for by a query its name holds) for
        // a store sale; in a store (added to a counter cart, or bought there) for a web one.
        sql`
          insert into influence_fact (order_id, day, location_id, channel, customer_id, units, revenue_minor,
            influenced_units, influenced_revenue_minor, pickup_attach)
          select o.id, ${day}::date, coalesce(o.sold_at_location_id, o.location_id), o.channel, o.customer_id,
            coalesce(sum(l.quantity - l.missing_quantity), 0),
            coalesce(sum((l.quantity - l.missing_quantity) * l.unit_price_minor), 0),
            coalesce(sum(l.quantity - l.missing_quantity) filter (where seen.yes), 0),
            coalesce(sum((l.quantity - l.missing_quantity) * l.unit_price_minor) filter (where seen.yes), 0),
            o.customer_id is not null and ${FULFILMENT} = 'counter' and exists (
              select 1 from "order" p join order_event e on e.order_id = p.id and e.status = 'collected'
              where p.customer_id = o.customer_id and p.location_id = o.location_id and p.id <> o.id
                and p.fulfilment = 'pickup' and p.channel = 'web'
                and e.created_at between o.placed_at - interval '${sql.raw(ATTACH_WINDOW)}' and o.placed_at + interval '${sql.raw(ATTACH_WINDOW)}')
          from "order" o
            join order_line l on l.order_id = o.id
            join variant lv on lv.id = l.variant_id
            -- The line's product, with its variants' ids as an add to cart names them.
            cross join lateral (
              select p.id, p.search_text, array(select v.id::text from variant v where v.product_id = p.id) as variant_ids
              from product p where p.id = lv.product_id
            ) lp
            cross join lateral (select o.customer_id is not null and (
              exists (
                select 1 from interaction i
                where i.customer_id = o.customer_id
                  and i.created_at >= o.placed_at - interval '${sql.raw(INFLUENCE_WINDOW)}' and i.created_at < o.placed_at
                  and i.channel <> o.channel
                  and case i.kind
                    when 'view' then i.payload->>'productId' = lp.id::text
                    when 'add_to_cart' then i.payload->>'variantId' = any (lp.variant_ids)
                    when 'search' then length(trim(i.payload->>'query')) >= 3
                      and lp.search_text like '%' || lower(trim(i.payload->>'query')) || '%'
                    else false end)
              or (o.channel = 'web' and exists (
                select 1 from "order" so join order_line sl on sl.order_id = so.id
                where so.customer_id = o.customer_id and so.channel = 'store' and so.status not in ('cancelled', 'expired')
                  and so.placed_at >= o.placed_at - interval '${sql.raw(INFLUENCE_WINDOW)}' and so.placed_at < o.placed_at
                  and sl.product_slug = l.product_slug))
            ) as yes) seen
          where ${SOLD} and ${ofDay}
          group by o.id`,
        sql`
          insert into influence_day (day, location_id, channel, sales, known_sales, influenced_sales, revenue_minor,
            influenced_revenue_minor, attach_sales, attach_revenue_minor)
          select day, location_id, channel, count(*), count(customer_id), count(*) filter (where influenced_units > 0),
            sum(revenue_minor), sum(influenced_revenue_minor), count(*) filter (where pickup_attach),
            coalesce(sum(revenue_minor) filter (where pickup_attach), 0)
          from influence_fact where day = ${day}::date
          group by day, location_id, channel`,
      ],
    },
    {
      tables: ["funnel_day"],
      write: [
        // The funnel: one row per person, day and device, with what they did; a walk-in is no one.
        sql`
          with touches as (
            select i.channel, coalesce(i.device, 'unknown') as device, coalesce(i.customer_id::text, i.guest_id) as who, i.kind::text as kind
            from interaction i
            where ${touchOfDay} and i.kind in ('view', 'add_to_cart') and (i.customer_id is not null or i.guest_id is not null)
            union all
            select o.channel, coalesce(o.device, 'unknown'), coalesce(o.customer_id::text, o.guest_id), 'order'
            from "order" o
            where ${SOLD} and ${ofDay} and (o.customer_id is not null or o.guest_id is not null)
          ), visits as (
            select channel, device, bool_or(kind = 'view') as viewed, bool_or(kind = 'add_to_cart') as added, bool_or(kind = 'order') as ordered
            from touches group by channel, device, who
          )
          insert into funnel_day (day, channel, device, viewed, added, ordered)
          select ${day}::date, channel, device, count(*) filter (where viewed), count(*) filter (where added), count(*) filter (where ordered)
          from visits group by channel, device`,
      ],
    },
    {
      tables: ["search_day"],
      write: [
        sql`
          insert into search_day (day, query, searches, zero_results, followed)
          select ${day}::date, query, count(*), count(*) filter (where result_count = 0), count(*) filter (where followed)
          from (
            select regexp_replace(lower(trim(i.payload->>'query')), '\\s+', ' ', 'g') as query,
              (i.payload->>'resultCount')::int as result_count,
              exists (
                select 1 from interaction f
                where f.kind in ('view', 'add_to_cart') and f.channel = 'web'
                  and f.created_at > i.created_at and f.created_at <= i.created_at + interval '${sql.raw(FOLLOW_WINDOW)}'
                  and (case when i.customer_id is not null then f.customer_id = i.customer_id else f.guest_id = i.guest_id end)
              ) as followed
            from interaction i
            where ${touchOfDay} and i.kind = 'search' and i.channel = 'web'
          ) s
          where query <> ''
          group by query`,
      ],
    },
    {
      tables: ["pickup_fact"],
      write: [
        // Click-and-collect facts: one per pickup order placed that day.
        sql`
          insert into pickup_fact (order_id, day, location_id, placed_at, ready_at, collected_at, outcome, cancel_reason, units, missing)
          select o.id, ${day}::date, o.location_id, o.placed_at,
            (select min(e.created_at) from order_event e where e.order_id = o.id and e.status = 'ready'),
            (select min(e.created_at) from order_event e where e.order_id = o.id and e.status = 'collected'),
            case when o.status in ('collected', 'expired', 'cancelled') then o.status::text else 'open' end,
            case when o.status = 'cancelled' then
              (select e.note from order_event e where e.order_id = o.id and e.status = 'cancelled' order by e.created_at desc limit 1)
            end,
            (select coalesce(sum(l.quantity), 0) from order_line l where l.order_id = o.id),
            (select coalesce(sum(l.missing_quantity), 0) from order_line l where l.order_id = o.id)
          from "order" o
          where ${ofDay} and o.fulfilment = 'pickup' and ${FULFILMENT} = 'pickup'`,
      ],
    },
  ];
  await replace(db, "day", day, steps, pace);
}

/**
 * The monthly rollups of one calendar month (`month`, its first day), deleted and added up again
 * from their daily ones once the month's touched days are recomputed: a month is the sum of its
 * days, whichever of them changed. Until its step runs, a range that reads the month whole sees
 * it as it was before this refresh.
 */
export async function recomputeMonth(db: Db, month: string, pace = 0) {
  const ofMonth = sql`day >= ${month}::date and day < (${month}::date + interval '1 month')::date`;
  const steps: Step[] = [
    {
      tables: ["customer_month"],
      write: [
        sql`
          insert into customer_month (month, customer_id, web_orders, store_orders, revenue_minor)
          select ${month}::date, customer_id, coalesce(sum(orders) filter (where channel = 'web'), 0),
            coalesce(sum(orders) filter (where channel = 'store'), 0), sum(revenue_minor)
          from customer_day where ${ofMonth}
          group by customer_id`,
      ],
    },
    {
      tables: ["search_month"],
      write: [
        sql`
          insert into search_month (month, query, searches, zero_results, followed)
          select ${month}::date, query, sum(searches), sum(zero_results), sum(followed)
          from search_day where ${ofMonth}
          group by query`,
      ],
    },
  ];
  await replace(db, "month", month, steps, pace);
}

/** A step: tables whose rows of one day (or month) are deleted, and the statements that write them again. */
type Step = { tables: string[]; write: SQL[] };

/**
 * Each step's rows of one day or month replaced in its own short transaction, paced. One
 * refresher per step and day (or month) at a time, across instances: the second waits, then
 * writes the same. A month's statements run after its lock is taken, so they read every day
 * committed before it (READ COMMITTED takes a snapshot per statement).
 */
async function replace(db: Db, column: "day" | "month", key: string, steps: Step[], pace: number) {
  for (const step of steps) {
    const started = performance.now();
    await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${step.tables[0]}), hashtext(${key}))`);
      for (const table of step.tables)
        await tx.execute(sql`delete from ${sql.identifier(table)} where ${sql.identifier(column)} = ${key}::date`);
      for (const statement of step.write) await tx.execute(statement);
    });
    if (pace) await sleep((performance.now() - started) * pace);
  }
}

/** When the insights figures were last computed (null: never yet). */
export async function salesComputedAt(db: Db): Promise<Date | null> {
  const [row] = await db
    .select({ computedAt: insightsRefresh.computedAt })
    .from(insightsRefresh)
    .where(sql`${insightsRefresh.name} = ${NAME}`);
  return row?.computedAt ?? null;
}
