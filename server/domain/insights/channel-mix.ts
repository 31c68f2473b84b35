import { inArray, sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { user, type Channel } from "@/db/schema";
import { CHANNEL_SEGMENTS, previousPeriod, type ChannelSegment, type InsightsRange } from "./inputs";
import { monthOf, splitMonths, within, type Span } from "./months";
import { salesComputedAt } from "./rollup";

/** How many of the range's best customers are listed, each a link to their journey. */
const TOP = 10;

type SegmentRow = { segment: ChannelSegment; customers: number; orders: number; revenueMinor: number };

/**
 * Known customers by where they bought in the range and in the period before (web only, store
 * only, or both), and the range's best customers: one pass for all three, over customer_month for
 * the whole months and customer_day for the days at the edges. A customer is added up over both
 * before their segment is told, so it is the same however the range falls on the months.
 */
async function perCustomer(db: Db, input: InsightsRange, before: Span) {
  const { months, days } = splitMonths(before, input);
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
          select customer_id, at >= ${input.from}::date as now, sum(web) as web, sum(store) as store,
            sum(revenue_minor) as revenue_minor
          from (
            select customer_id, month as at, web_orders as web, store_orders as store, revenue_minor
            from customer_month where ${within(sql`month`, months)}
            union all
            select customer_id, day, case when channel = 'web' then orders else 0 end,
              case when channel = 'store' then orders else 0 end, revenue_minor
            from customer_day where ${within(sql`day`, days)}
          ) r
          group by customer_id, 2
        )
        select case when now then 'now' else 'before' end as list,
          case when web > 0 and store > 0 then 'both' when web > 0 then 'web' else 'store' end as segment,
          null as customer_id, count(*) as customers, sum(web) as web, sum(store) as store,
          sum(revenue_minor) as revenue_minor
        from per_customer group by 1, 2
        union all
        (select 'top', null, customer_id, 1, web, store, revenue_minor
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
 * Those whose first sale fell in the range, by its month and channel, and how many of them bought
 * in each month since (offset 0 is the first) up to the range's end: each one's months from
 * customer_month, and the last month's days from customer_day when the range ends within it.
 */
function cohortsOf(db: Db, input: InsightsRange) {
  const { months, days } = splitMonths({ from: monthOf(input.from), to: input.to });
  return queryRows<{ month: string; channel: Channel; offset: number; customers: string }>(
    db,
    sql`select to_char(first, 'YYYY-MM') as month, channel,
          ((extract(year from active) * 12 + extract(month from active))
            - (extract(year from first) * 12 + extract(month from first)))::int as "offset",
          customers
        from (
          select date_trunc('month', f.day::timestamp)::date as first, f.channel, a.month as active, count(*) as customers
          from customer_first f
            join (
              select customer_id, month from customer_month where ${within(sql`month`, months)}
              union all
              select distinct customer_id, date_trunc('month', day::timestamp)::date from customer_day where ${within(sql`day`, days)}
            ) a on a.customer_id = f.customer_id
          where f.day between ${input.from}::date and ${input.to}::date
          group by 1, 2, 3
        ) c
        order by 1, 2, 3`,
  );
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
    cohortsOf(db, input),
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
