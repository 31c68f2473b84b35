import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { daysBetween, FUNNEL_DEVICES, previousPeriod, type InsightsRange } from "./inputs";
import { splitMonths, within, type Span } from "./months";
import { salesComputedAt } from "./rollup";

/** How many queries each list shows. */
const LIST = 20;

type QueryRow = { query: string; searches: string; zero_results: string; followed: string };
const queryFigures = (r: QueryRow) => ({
  query: r.query,
  searches: Number(r.searches),
  zeroResults: Number(r.zero_results),
  followed: Number(r.followed),
});

/**
 * Web search in a range: totals beside the period before, the top queries, the queries that
 * found nothing (most searched first: the list to fix), those that found something nobody then
 * looked at, and the zero-result rate by day (by week past two months). Whole months from
 * search_month, the days at the edges and the series over time from search_day.
 */
export async function searchFigures(db: Db, input: InsightsRange) {
  const before = previousPeriod(input.from, input.to);
  const weekly = daysBetween(input.from, input.to) > 62;
  // The week of each day once the days are added up, not of every query's row.
  const bucket = weekly ? sql`date_trunc('week', day::timestamp)::date` : sql`day`;
  /** The ranges' queries, a row per query and month or day (`at`: the month's first day, or the day). */
  const queries = (...ranges: Span[]) => {
    const { months, days } = splitMonths(...ranges);
    return sql`select month as at, query, searches, zero_results, followed from search_month where ${within(sql`month`, months)}
      union all
      select day, query, searches, zero_results, followed from search_day where ${within(sql`day`, days)}`;
  };
  const [lists, periods, overTime, computedAt] = await Promise.all([
    // The range's queries added up once, and the three lists taken from them.
    queryRows<QueryRow & { list: "top" | "zero" | "unfollowed" }>(
      db,
      sql`with q as (
            select query, sum(searches) as searches, sum(zero_results) as zero_results, sum(followed) as followed
            from (${queries(input)}) r group by query
          )
          (select 'top' as list, * from q order by searches desc, query limit ${LIST})
          union all
          (select 'zero', * from q where zero_results > 0 order by zero_results desc, query limit ${LIST})
          union all
          (select 'unfollowed', * from q where searches - zero_results - followed > 0
            order by searches - zero_results - followed desc, query limit ${LIST})`,
    ),
    // This period and the one before in one pass; a query in a month and on an edge day is one query.
    queryRows<{ period: "now" | "before"; searches: string; zero_results: string; followed: string; queries: string }>(
      db,
      sql`select case when at >= ${input.from}::date then 'now' else 'before' end as period,
            sum(searches) as searches, sum(zero_results) as zero_results, sum(followed) as followed,
            count(distinct query) as queries
          from (${queries(before, input)}) r group by 1`,
    ),
    queryRows<{ start: string; searches: string; zero_results: string }>(
      db,
      sql`select to_char(${bucket}, 'YYYY-MM-DD') as start, sum(searches) as searches, sum(zero_results) as zero_results
          from (
            select day, sum(searches) as searches, sum(zero_results) as zero_results
            from search_day where day between ${input.from}::date and ${input.to}::date group by day
          ) d
          group by 1 order by 1`,
    ),
    salesComputedAt(db),
  ]);
  const current = periods.find((p) => p.period === "now");
  const previous = periods.find((p) => p.period === "before");
  // Each list in its own order (a union keeps its parts' order in practice, not by promise).
  const listed = (name: (typeof lists)[number]["list"], key: (q: ReturnType<typeof queryFigures>) => number) =>
    lists
      .filter((l) => l.list === name)
      .map(queryFigures)
      .sort((a, b) => key(b) - key(a) || (a.query < b.query ? -1 : a.query > b.query ? 1 : 0));
  const top = listed("top", (q) => q.searches);
  const zero = listed("zero", (q) => q.zeroResults);
  const unfollowed = listed("unfollowed", (q) => q.searches - q.zeroResults - q.followed);
  const totals = (r: typeof current) => {
    const searches = Number(r?.searches ?? 0);
    const zeroResults = Number(r?.zero_results ?? 0);
    const followed = Number(r?.followed ?? 0);
    return {
      searches,
      queries: Number(r?.queries ?? 0),
      zeroResults,
      followed,
      zeroResultRate: searches ? zeroResults / searches : 0,
      followRate: searches ? followed / searches : 0,
    };
  };
  return {
    from: input.from,
    to: input.to,
    previousPeriod: before,
    totals: totals(current),
    previousTotals: totals(previous),
    topQueries: top,
    zeroResultQueries: zero,
    /** Found something, yet no product view or add to cart followed within 30 minutes. */
    unfollowedQueries: unfollowed,
    by: weekly ? ("week" as const) : ("day" as const),
    zeroResultRateOverTime: overTime.map((r) => ({
      start: r.start,
      searches: Number(r.searches),
      zeroResults: Number(r.zero_results),
      rate: Number(r.searches) ? Number(r.zero_results) / Number(r.searches) : 0,
    })),
    computedAt,
  };
}

/**
 * The funnel in a range, per channel and device: shopper-days that viewed a product, added to a
 * cart and ordered (each counted on its own: an order from a shopper who did not consent to
 * analytics has no recorded view), beside the period before.
 */
export async function funnelFigures(db: Db, input: InsightsRange) {
  const before = previousPeriod(input.from, input.to);
  const of = (from: string, to: string) =>
    queryRows<{ channel: "web" | "store"; device: string; viewed: string; added: string; ordered: string }>(
      db,
      sql`select channel, device, sum(viewed) as viewed, sum(added) as added, sum(ordered) as ordered
          from funnel_day where day between ${from}::date and ${to}::date group by channel, device`,
    );
  const [now, then, computedAt] = await Promise.all([
    of(input.from, input.to),
    of(before.from, before.to),
    salesComputedAt(db),
  ]);
  const rows = (found: Awaited<ReturnType<typeof of>>) =>
    found
      .map((r) => ({
        channel: r.channel,
        device: r.device as (typeof FUNNEL_DEVICES)[number],
        viewed: Number(r.viewed),
        added: Number(r.added),
        ordered: Number(r.ordered),
      }))
      // The web first, then the store; phones, tablets, desktops, then the unknown.
      .sort(
        (a, b) =>
          (a.channel === b.channel ? 0 : a.channel === "web" ? -1 : 1) ||
          FUNNEL_DEVICES.indexOf(a.device) - FUNNEL_DEVICES.indexOf(b.device),
      );
  return {
    from: input.from,
    to: input.to,
    previousPeriod: before,
    rows: rows(now),
    previousRows: rows(then),
    computedAt,
  };
}
