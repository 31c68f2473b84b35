import { inArray, sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { user, type Channel } from "@/db/schema";
import { CHANNEL_SEGMENTS, previousPeriod, type ChannelSegment, type InsightsRange } from "./inputs";
import { salesComputedAt } from "./rollup";

/** How many of the range's best customers are listed, each a link to their journey. */
const TOP = 10;

type SegmentRow = { segment: ChannelSegment; customers: number; orders: number; revenueMinor: number };

/**
 * Known customers by where they bought in the range and in the period before (web only, store
 * only, or both), and the range's best customers: one pass over customer_day for all three.
 */
async function perCustomer(db: Db, input: InsightsRange, before: { from: string; to: string }) {
  const rows = await queryRows<{
    list: "now" | "before" | "top";
    segment: ChannelSegment | null;
    customer_id: string | null;
    customers: string;
    web: string;
    store: string;
    revenue_minor: string;
  }>(
    db,
    sql`with per_customer as (
          select customer_id, day >= ${input.from}::date as now,
            sum(orders) filter (where channel = 'web') as web, sum(orders) filter (where channel = 'store') as store,
            sum(revenue_minor) as revenue_minor
          from customer_day where day between ${before.from}::date and ${input.to}::date
          group by customer_id, 2
        )
        select case when now then 'now' else 'before' end as list,
          case when web > 0 and store > 0 then 'both' when web > 0 then 'web' else 'store' end as segment,
          null as customer_id, count(*) as customers, coalesce(sum(web), 0) as web, coalesce(sum(store), 0) as store,
          sum(revenue_minor) as revenue_minor
        from per_customer group by 1, 2
        union all
        (select 'top', null, customer_id, 1, coalesce(web, 0), coalesce(store, 0), revenue_minor
          from per_customer where now order by revenue_minor desc, customer_id limit ${TOP})`,
  );
  const segments = (list: "now" | "before") =>
    CHANNEL_SEGMENTS.map((segment): SegmentRow => {
      const r = rows.find((x) => x.list === list && x.segment === segment);
      return {
        segment,
        customers: Number(r?.customers ?? 0),
        orders: Number(r?.web ?? 0) + Number(r?.store ?? 0),
        revenueMinor: Number(r?.revenue_minor ?? 0),
      };
    });
  const top = rows
    .filter((r) => r.list === "top")
    .map((r) => ({
      customerId: r.customer_id!,
      webOrders: Number(r.web),
      storeOrders: Number(r.store),
      revenueMinor: Number(r.revenue_minor),
    }))
    .sort((x, y) => y.revenueMinor - x.revenueMinor);
  return { now: segments("now"), before: segments("before"), top };
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
  const [mix, cohortRows, computedAt] = await Promise.all([
    perCustomer(db, input, before),
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
  const names = new Map(
    mix.top.length
      ? (
          await db
            .select({ id: user.id, name: user.name })
            .from(user)
            .where(
              inArray(
                user.id,
                mix.top.map((c) => c.customerId),
              ),
            )
        ).map((u) => [u.id, u.name])
      : [],
  );
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
    segments: withShares(mix.now),
    previousSegments: withShares(mix.before),
    /** The customers who spent most in the range, with their orders on each channel. */
    topCustomers: mix.top.map((c) => ({ ...c, name: names.get(c.customerId) ?? "" })),
    /** Month 0 is everyone's first; active[k]: how many of them bought in the k-th month after. */
    cohorts: [...cohorts.values()],
    computedAt,
  };
}
