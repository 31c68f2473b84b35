import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { DEMO_ACCOUNTS, LOCATION_SLUGS } from "@/db/seed/fixtures";
import { interaction, location, order, user, variant } from "@/db/schema";
import { placeFixtureOrder } from "@/server/test/insights-fixture";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { splitMonths } from "./months";
import { refreshSales } from "./rollup";

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

describe("the monthly rollups", () => {
  it("add up to their days, every month", async () => {
    const m = await monthsBesideDays();
    expect(m.customerMonths.length).toBe(3);
    expect(m.customerMonths).toEqual(m.customerDays);
    expect(m.searchMonths.length).toBe(3);
    expect(m.searchMonths).toEqual(m.searchDays);
  });

  it("follow a sale cancelled weeks later into its month", async () => {
    await t.db
      .update(order)
      .set({ status: "cancelled", updatedAt: sql`now()` })
      .where(eq(order.id, storeSale));
    await refreshSales(t.db);
    const m = await monthsBesideDays();
    expect(m.customerMonths).toEqual(m.customerDays);
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
