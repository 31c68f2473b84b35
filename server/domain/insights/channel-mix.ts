import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import type { Channel } from "@/db/schema";
import { CHANNEL_SEGMENTS, previousPeriod, type ChannelSegment, type InsightsRange } from "./inputs";
import { salesComputedAt } from "./rollup";

/** How many of the range's best customers are listed, each a link to their journey. */
const TOP = 10;

type SegmentRow = { segment: ChannelSegment; customers: number; orders: number; revenueMinor: number };

/** Known customers by where they bought in the range: web only, store only, or both. */
async function segments(db: Db, from: string, to: string) {
  const rows = await queryRows<{ segment: ChannelSegment; customers: string; orders: string; revenue_minor: string }>(
    db,
    sql`with per_customer as (
          select customer_id,
            bool_or(channel = 'web') as on_web, bool_or(channel = 'store') as in_store,
            sum(orders) as orders, sum(revenue_minor) as revenue_minor
          from customer_day where day between ${from}::date and ${to}::date
          group by customer_id
        )
        select case when on_web and in_store then 'both' when on_web then 'web' else 'store' end as segment,
          count(*) as customers, sum(orders) as orders, sum(revenue_minor) as revenue_minor
        from per_customer group by 1`,
  );
  const found = new Map(rows.map((r) => [r.segment, r]));
  return CHANNEL_SEGMENTS.map((segment): SegmentRow => {
    const r = found.get(segment);
    return {
      segment,
      customers: Number(r?.customers ?? 0),
      orders: Number(r?.orders ?? 0),
      revenueMinor: Number(r?.revenue_minor ?? 0),
    };
  });
}

/** Each segment's share of customers and revenue, spend per customer and orders per customer. */
function withShares(rows: SegmentRow[]) {
  const customers = rows.reduce((n, r) => n + r.customers, 0);
  const revenue = rows.reduce((n, r) => n + r.revenueMinor, 0);
  return rows.map((r) => ({
    ...r,
    customerShare: customers ? r.customers / customers : 0,
    revenueShare: revenue ? r.revenueMinor / revenue : 0,
    spendPerCustomerMinor: r.customers ? Math.round(r.revenueMinor / r.customers) : 0,
    ordersPerCustomer: r.customers ? r.orders / r.customers : 0,
  }));
}

/**
 * How known customers use the channels in a range, beside the period before, and the cohorts of
 * those whose first purchase fell in it: by first month and first channel, how many bought again
 * in each month after (month 0 is the first). Walk-ins and guests are nobody's and left out.
 */
export async function channelMixFigures(db: Db, input: InsightsRange) {
  const before = previousPeriod(input.from, input.to);
  const [current, previous, top, cohortRows, computedAt] = await Promise.all([
    segments(db, input.from, input.to),
    segments(db, before.from, before.to),
    queryRows<{ id: string; name: string; web: string; store: string; revenue_minor: string }>(
      db,
      sql`select u.id, u.name, sum(d.orders) filter (where d.channel = 'web') as web,
            sum(d.orders) filter (where d.channel = 'store') as store, sum(d.revenue_minor) as revenue_minor
          from customer_day d join "user" u on u.id = d.customer_id
          where d.day between ${input.from}::date and ${input.to}::date
          group by u.id, u.name order by sum(d.revenue_minor) desc, u.name limit ${TOP}`,
    ),
    queryRows<{ month: string; channel: Channel; offset: number; customers: string }>(
      db,
      sql`select to_char(f.day, 'YYYY-MM') as month, f.channel,
            ((extract(year from d.day) * 12 + extract(month from d.day))
              - (extract(year from f.day) * 12 + extract(month from f.day)))::int as "offset",
            count(distinct d.customer_id) as customers
          from customer_first f join customer_day d on d.customer_id = f.customer_id
          where f.day between ${input.from}::date and ${input.to}::date and d.day <= ${input.to}::date
          group by 1, 2, 3 order by 1, 2, 3`,
    ),
    salesComputedAt(db),
  ]);
  type Cohort = { month: string; channel: Channel; customers: number; active: number[] };
  const cohorts = new Map<string, Cohort>();
  for (const r of cohortRows) {
    const key = `${r.month}:${r.channel}`;
    const cohort = cohorts.get(key) ?? { month: r.month, channel: r.channel, customers: 0, active: [] };
    const n = Number(r.customers);
    if (r.offset === 0) cohort.customers = n;
    while (cohort.active.length < r.offset) cohort.active.push(0);
    cohort.active[r.offset] = n;
    cohorts.set(key, cohort);
  }
  return {
    from: input.from,
    to: input.to,
    previousPeriod: before,
    segments: withShares(current),
    previousSegments: withShares(previous),
    /** The customers who spent most in the range, with their orders on each channel. */
    topCustomers: top.map((r) => ({
      customerId: r.id,
      name: r.name,
      webOrders: Number(r.web ?? 0),
      storeOrders: Number(r.store ?? 0),
      revenueMinor: Number(r.revenue_minor),
    })),
    /** Month 0 is everyone's first; active[k]: how many of them bought in the k-th month after. */
    cohorts: [...cohorts.values()],
    computedAt,
  };
}
