import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { DEMO_ACCOUNTS, LOCATION_SLUGS } from "@/db/seed/fixtures";
import { interaction, location, order, user, variant } from "@/db/schema";
import { placeFixtureOrder } from "@/server/test/insights-fixture";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { channelMixFigures } from "./channel-mix";
import { CHANNEL_SEGMENTS, insightsRangeInput } from "./inputs";
import { splitMonths } from "./months";
import { refreshSales } from "./rollup";
import { searchFigures } from "./search";

/**
 * Summer 2020 (Madrid is UTC+2), read through the monthly rollups: July is a whole month of
 * 2020-06-20…2020-08-05, its edges are days. Worked out by hand:
 *
 *   Elena  #1 web delivery 25 June; #2 counter sale in Madrid 15 July (both channels in the range)
 *   Fran   #3 web delivery 3 July; #4 web delivery 2 August, 30 €
 *   g3     searches "Botas" 28 June (nothing found), "botas" 10 and 11 July, "sandalias" 3 August
 */
let t: TestDatabase;
let storeSale: string;
const people = { elena: "", fran: "" };
const range = (from: string, to: string) => insightsRangeInput.parse({ from, to });
const summer = range("2020-06-20", "2020-08-05");

beforeAll(async () => {
  t = await createTestDatabase();
  const madrid = (await t.db.select({ id: location.id }).from(location).where(eq(location.slug, LOCATION_SLUGS.madrid)))[0]!.id; // prettier-ignore
  const staff = (await t.db.select({ id: user.id }).from(user).where(eq(user.email, DEMO_ACCOUNTS.staffMadrid)))[0]!.id; // prettier-ignore
  const item = (await t.db.select({ id: variant.id, sku: variant.sku }).from(variant).limit(1))[0]!;
  for (const name of ["elena", "fran"] as const)
    people[name] = (
      await t.db
        .insert(user)
        .values({ email: `${name}.${crypto.randomUUID().slice(0, 6)}@example.com`, name, role: "customer" })
        .returning({ id: user.id })
    )[0]!.id;
  const place = (o: Parameters<typeof placeFixtureOrder>[2]) => placeFixtureOrder(t.db, { item, staff }, o);
  const web = (at: string, customerId: string, totalMinor = 1000) =>
    place({ at, customerId, totalMinor, fulfilment: "delivery", locationId: madrid, status: "delivered", lines: [{ quantity: 1 }] }); // prettier-ignore
  await web("2020-06-25T10:00:00Z", people.elena);
  storeSale = await place({ at: "2020-07-15T10:00:00Z", customerId: people.elena, counter: true, locationId: madrid, status: "collected", lines: [{ quantity: 1 }] }); // prettier-ignore
  await web("2020-07-03T10:00:00Z", people.fran);
  await web("2020-08-02T10:00:00Z", people.fran, 3000);
  const search = (at: string, query: string, resultCount: number) =>
    t.db.insert(interaction).values({ guestId: "g3", channel: "web", kind: "search", payload: { query, resultCount }, device: "phone", createdAt: new Date(at) }); // prettier-ignore
  await search("2020-06-28T10:00:00Z", "Botas", 0);
  await search("2020-07-10T10:00:00Z", "botas", 4);
  await search("2020-07-11T10:00:00Z", "botas", 4);
  await search("2020-08-03T10:00:00Z", "sandalias", 2);
  await refreshSales(t.db);
});
afterAll(() => t.close());

/** Each month of a monthly rollup beside the same month added up from its daily one: they must be equal. */
async function monthsBesideDays() {
  const [customerMonths, customerDays, searchMonths, searchDays] = await Promise.all([
    queryRows(t.db, sql`select to_char(month, 'YYYY-MM') as month, count(*)::int as customers, sum(web_orders)::int as web, sum(store_orders)::int as store, sum(revenue_minor)::int as revenue from customer_month group by 1 order by 1`), // prettier-ignore
    queryRows(t.db, sql`select to_char(day, 'YYYY-MM') as month, count(distinct customer_id)::int as customers, coalesce(sum(orders) filter (where channel = 'web'), 0)::int as web, coalesce(sum(orders) filter (where channel = 'store'), 0)::int as store, sum(revenue_minor)::int as revenue from customer_day group by 1 order by 1`), // prettier-ignore
    queryRows(t.db, sql`select to_char(month, 'YYYY-MM') as month, count(*)::int as queries, sum(searches)::int as searches, sum(zero_results)::int as zero, sum(followed)::int as followed from search_month group by 1 order by 1`), // prettier-ignore
    queryRows(t.db, sql`select to_char(day, 'YYYY-MM') as month, count(distinct query)::int as queries, sum(searches)::int as searches, sum(zero_results)::int as zero, sum(followed)::int as followed from search_day group by 1 order by 1`), // prettier-ignore
  ]);
  return { customerMonths, customerDays, searchMonths, searchDays };
}

/** The segments of a range as customer_day alone gives them: what whole months and edge days must add up to. */
async function segmentsFromDays(from: string, to: string) {
  const rows = await queryRows<{ segment: string; customers: number; orders: number; revenue: number }>(
    t.db,
    sql`select case when web > 0 and store > 0 then 'both' when web > 0 then 'web' else 'store' end as segment,
          count(*)::int as customers, sum(web + store)::int as orders, sum(revenue)::int as revenue
        from (
          select customer_id, coalesce(sum(orders) filter (where channel = 'web'), 0) as web,
            coalesce(sum(orders) filter (where channel = 'store'), 0) as store, sum(revenue_minor) as revenue
          from customer_day where day between ${from}::date and ${to}::date group by customer_id
        ) c group by 1`,
  );
  return CHANNEL_SEGMENTS.map((segment) => {
    const r = rows.find((x) => x.segment === segment);
    return [segment, r?.customers ?? 0, r?.orders ?? 0, r?.revenue ?? 0];
  });
}

const segmentsOf = (rows: { segment: string; customers: number; orders: number; revenueMinor: number }[]) =>
  rows.map((s) => [s.segment, s.customers, s.orders, s.revenueMinor]);

/** Ranges that fall on the months every way: edges on both sides, whole months only, inside one month, a year. */
const RANGES = [
  ["2020-06-20", "2020-08-05"],
  ["2020-07-01", "2020-08-31"],
  ["2020-06-25", "2020-07-31"],
  ["2020-07-02", "2020-07-20"],
  ["2019-09-01", "2020-08-31"],
] as const;

describe("the monthly rollups", () => {
  it("add up to their days, every month", async () => {
    const m = await monthsBesideDays();
    expect(m.customerMonths.length).toBe(3);
    expect(m.customerMonths).toEqual(m.customerDays);
    expect(m.searchMonths.length).toBe(3);
    expect(m.searchMonths).toEqual(m.searchDays);
  });

  it("give the channel mix a range of whole months and edge days would get from its days", async () => {
    const mix = await channelMixFigures(t.db, summer);
    // Elena bought on the web on an edge day and in store in the whole month: one customer, on both.
    expect(segmentsOf(mix.segments)).toEqual([
      ["web", 1, 2, 4000],
      ["store", 0, 0, 0],
      ["both", 1, 2, 2000],
    ]);
    expect(mix.topCustomers.map((c) => [c.name, c.webOrders, c.storeOrders, c.revenueMinor])).toEqual([
      ["fran", 2, 0, 4000],
      ["elena", 1, 1, 2000],
    ]);
    for (const [from, to] of RANGES) {
      const r = await channelMixFigures(t.db, range(from, to));
      expect(segmentsOf(r.segments), `${from}…${to}`).toEqual(await segmentsFromDays(from, to));
      expect(segmentsOf(r.previousSegments), `before ${from}…${to}`).toEqual(
        await segmentsFromDays(r.previousPeriod.from, r.previousPeriod.to),
      );
    }
  });

  it("give cohorts their months up to the range's end, the last one by its days", async () => {
    const { cohorts } = await channelMixFigures(t.db, summer);
    // Elena first in June, again in July (the whole month); Fran first in July, again on 2 August (an edge day).
    expect(cohorts).toEqual([
      { month: "2020-06", channel: "web", customers: 1, active: [1, 1] },
      { month: "2020-07", channel: "web", customers: 1, active: [1, 1] },
    ]);
    const toFirst = await channelMixFigures(t.db, range("2020-06-20", "2020-08-01"));
    expect(toFirst.cohorts.map((c) => c.active)).toEqual([[1, 1], [1]]);
  });

  it("count a query searched in a whole month and on an edge day once", async () => {
    const s = await searchFigures(t.db, summer);
    expect(s.totals).toEqual({
      searches: 4,
      queries: 2,
      zeroResults: 1,
      followed: 0,
      zeroResultRate: 0.25,
      followRate: 0,
    });
    expect(s.topQueries.map((q) => [q.query, q.searches, q.zeroResults])).toEqual([
      ["botas", 3, 1],
      ["sandalias", 1, 0],
    ]);
    const july = await searchFigures(t.db, range("2020-07-01", "2020-07-31"));
    expect(july.totals).toMatchObject({ searches: 2, queries: 1, zeroResults: 0 });
    expect(july.previousTotals).toMatchObject({ searches: 1, queries: 1, zeroResults: 1 });
  });

  it("follow a sale cancelled weeks later into its month", async () => {
    await t.db
      .update(order)
      .set({ status: "cancelled", updatedAt: sql`now()` })
      .where(eq(order.id, storeSale));
    await refreshSales(t.db);
    const m = await monthsBesideDays();
    expect(m.customerMonths).toEqual(m.customerDays);
    // July, read whole from customer_month, has Fran alone; Elena is now web only.
    const july = await channelMixFigures(t.db, range("2020-07-01", "2020-07-31"));
    expect(segmentsOf(july.segments)).toEqual([
      ["web", 1, 1, 1000],
      ["store", 0, 0, 0],
      ["both", 0, 0, 0],
    ]);
    const mix = await channelMixFigures(t.db, summer);
    expect(segmentsOf(mix.segments)).toEqual([
      ["web", 2, 3, 5000],
      ["store", 0, 0, 0],
      ["both", 0, 0, 0],
    ]);
    expect(mix.cohorts.map((c) => [c.month, c.active])).toEqual([
      ["2020-06", [1]],
      ["2020-07", [1, 1]],
    ]);
    for (const [from, to] of RANGES)
      expect(segmentsOf((await channelMixFigures(t.db, range(from, to))).segments), `${from}…${to}`).toEqual(
        await segmentsFromDays(from, to),
      );
  });
});

describe("a range split into whole months and edge days", () => {
  it("reads the whole months inside it as months and the rest as days", () => {
    expect(splitMonths({ from: "2024-12-04", to: "2025-12-03" })).toEqual({
      months: [{ from: "2025-01-01", to: "2025-11-01" }],
      days: [
        { from: "2024-12-04", to: "2024-12-31" },
        { from: "2025-12-01", to: "2025-12-03" },
      ],
    });
  });

  it("needs no days when the range starts and ends with a month, a leap February included", () => {
    expect(splitMonths({ from: "2024-02-01", to: "2024-02-29" })).toEqual({
      months: [{ from: "2024-02-01", to: "2024-02-01" }],
      days: [],
    });
    expect(splitMonths({ from: "2023-02-01", to: "2023-02-27" })).toEqual({
      months: [],
      days: [{ from: "2023-02-01", to: "2023-02-27" }],
    });
  });

  it("reads a range inside one month, or across two without a whole one, as days", () => {
    expect(splitMonths({ from: "2025-04-10", to: "2025-05-20" })).toEqual({
      months: [],
      days: [{ from: "2025-04-10", to: "2025-05-20" }],
    });
    expect(splitMonths({ from: "2025-04-30", to: "2025-04-30" })).toEqual({
      months: [],
      days: [{ from: "2025-04-30", to: "2025-04-30" }],
    });
  });

  it("splits each range on its own, so a month two periods share is read as days", () => {
    // The period before 2025-04-16…2025-06-15 is 2025-02-14…2025-04-15: April is in neither whole.
    expect(splitMonths({ from: "2025-02-14", to: "2025-04-15" }, { from: "2025-04-16", to: "2025-06-15" })).toEqual({
      months: [
        { from: "2025-03-01", to: "2025-03-01" },
        { from: "2025-05-01", to: "2025-05-01" },
      ],
      days: [
        { from: "2025-02-14", to: "2025-02-28" },
        { from: "2025-04-01", to: "2025-04-15" },
        { from: "2025-04-16", to: "2025-04-30" },
        { from: "2025-06-01", to: "2025-06-15" },
      ],
    });
  });
});
