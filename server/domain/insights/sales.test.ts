import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, LOCATION_SLUGS } from "@/db/seed/fixtures";
import { location, order, user, variant } from "@/db/schema";
import { placeFixtureOrder } from "@/server/test/insights-fixture";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { salesInput } from "./inputs";
import { refreshSales } from "./rollup";
import { salesFigures } from "./sales";

let t: TestDatabase;
let madrid: string;
let barcelona: string;
let staff: string;
let item: { id: string; sku: string };

const place = (o: Parameters<typeof placeFixtureOrder>[2]) => placeFixtureOrder(t.db, { item, staff }, o);

const figures = (from: string, to: string, extra: Record<string, unknown> = {}) =>
  salesFigures(t.db, salesInput.parse({ from, to, ...extra }));
const pick = (r: { orders: number; revenueMinor: number; units: number }) => [r.orders, r.revenueMinor, r.units];

let readyInBarcelona: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const places = await t.db.select({ id: location.id, slug: location.slug }).from(location);
  madrid = places.find((p) => p.slug === LOCATION_SLUGS.madrid)!.id;
  barcelona = places.find((p) => p.slug === LOCATION_SLUGS.barcelona)!.id;
  staff = (await t.db.select({ id: user.id }).from(user).where(eq(user.email, DEMO_ACCOUNTS.staffMadrid)))[0]!.id;
  item = (await t.db.select({ id: variant.id, sku: variant.sku }).from(variant).limit(1))[0]!;

  // March 2020, long before the demo's orders; Madrid is UTC+1 then. Figures worked out by hand below.
  // A: the web, delivered, the 10th.
  await place({
    at: "2020-03-10T09:00:00Z",
    fulfilment: "delivery",
    locationId: madrid,
    status: "delivered",
    totalMinor: 5000,
    lines: [{ quantity: 2 }],
  });
  // B: click-and-collect at 23:30 Madrid time, still the 10th there (22:30 UTC).
  await place({
    at: "2020-03-10T22:30:00Z",
    fulfilment: "pickup",
    locationId: madrid,
    status: "collected",
    totalMinor: 3000,
    lines: [{ quantity: 1 }],
  });
  // C: sold at the Madrid till at 00:30 on the 11th, Madrid time (the 10th in UTC).
  await place({
    at: "2020-03-10T23:30:00Z",
    fulfilment: "pickup",
    locationId: madrid,
    status: "collected",
    totalMinor: 2000,
    lines: [{ quantity: 1 }],
    counter: true,
  });
  // D: click-and-collect in Barcelona, ready, one of its two units missing.
  readyInBarcelona = await place({
    at: "2020-03-11T11:00:00Z",
    fulfilment: "pickup",
    locationId: barcelona,
    status: "ready",
    totalMinor: 4000,
    lines: [{ quantity: 2, missing: 1 }],
  });
  // E: cancelled: not a sale.
  await place({
    at: "2020-03-11T12:00:00Z",
    fulfilment: "delivery",
    locationId: madrid,
    status: "cancelled",
    totalMinor: 9999,
    lines: [{ quantity: 1 }],
  });
  // G: ordered at the Madrid counter for pickup in Barcelona (the endless aisle): pickup, not counter.
  await place({
    at: "2020-03-11T13:00:00Z",
    fulfilment: "pickup",
    locationId: barcelona,
    status: "placed",
    totalMinor: 1500,
    lines: [{ quantity: 1 }],
    soldAt: madrid,
  });
  // F: the period before (the 8th and 9th).
  await place({
    at: "2020-03-09T10:00:00Z",
    fulfilment: "delivery",
    locationId: madrid,
    status: "delivered",
    totalMinor: 1000,
    lines: [{ quantity: 1 }],
  });
  await refreshSales(t.db);
});
afterAll(() => t.close());

describe("sales figures", () => {
  it("count each sale once, on its Madrid day, beside the period before", async () => {
    const f = await figures("2020-03-10", "2020-03-11");
    expect(f.previousPeriod).toEqual({ from: "2020-03-08", to: "2020-03-09" });
    // A, B, C, D and G: 15,500 in 5 orders; D counts the unit it really got.
    expect(f.totals).toEqual({ orders: 5, revenueMinor: 15_500, units: 6, averageMinor: 3_100 });
    expect(f.previousTotals).toEqual({ orders: 1, revenueMinor: 1_000, units: 1, averageMinor: 1_000 });
    expect(f.byPeriod.map((d) => [d.start, d.orders, d.revenueMinor])).toEqual([
      ["2020-03-10", 2, 8_000],
      ["2020-03-11", 3, 7_500],
    ]);
    expect(f.computedAt).toBeInstanceOf(Date);
  });

  it("split by channel, fulfilment, store and the staff member at the till", async () => {
    const f = await figures("2020-03-10", "2020-03-11");
    const by = <T extends { orders: number; revenueMinor: number; units: number }>(rows: T[], key: (r: T) => string) =>
      Object.fromEntries(rows.map((r) => [key(r), pick(r)]));
    expect(by(f.byChannel, (r) => r.channel)).toEqual({ web: [3, 12_000, 4], store: [2, 3_500, 2] });
    expect(by(f.byFulfilment, (r) => r.fulfilment)).toEqual({
      delivery: [1, 5_000, 2],
      pickup: [3, 8_500, 3],
      counter: [1, 2_000, 1],
    });
    expect(by(f.byStore, (r) => r.storeId)).toEqual({ [madrid]: [3, 10_000, 4], [barcelona]: [2, 5_500, 2] });
    expect(f.byStaff.map((s) => [s.staffId, ...pick(s)])).toEqual([[staff, 1, 2_000, 1]]);
  });

  it("filter by store and channel, and group by week", async () => {
    expect(pick((await figures("2020-03-10", "2020-03-11", { storeId: barcelona })).totals)).toEqual([2, 5_500, 2]);
    expect(pick((await figures("2020-03-10", "2020-03-11", { channel: "store" })).totals)).toEqual([2, 3_500, 2]);
    const weeks = await figures("2020-03-08", "2020-03-11", { by: "week" });
    // The 8th, a Sunday, sold nothing; the 9th to the 11th are the week of Monday the 9th.
    expect(weeks.byPeriod.map((w) => [w.start, w.orders])).toEqual([["2020-03-09", 6]]);
  });

  it("follow an order that expires days after its day was rolled up, and a refresh again changes nothing", async () => {
    await refreshSales(t.db);
    expect(pick((await figures("2020-03-10", "2020-03-11")).totals)).toEqual([5, 15_500, 6]);
    await t.db
      .update(order)
      .set({ status: "expired", updatedAt: sql`now()` })
      .where(eq(order.id, readyInBarcelona));
    const { days } = await refreshSales(t.db);
    expect(days).toBeGreaterThanOrEqual(1);
    const f = await figures("2020-03-10", "2020-03-11");
    expect(pick(f.totals)).toEqual([4, 11_500, 5]);
    expect(f.byStore.find((s) => s.storeId === barcelona)).toMatchObject({ orders: 1, revenueMinor: 1_500 });
    await refreshSales(t.db);
    expect(pick((await figures("2020-03-10", "2020-03-11")).totals)).toEqual([4, 11_500, 5]);
  });

  it("refuse a range that ends before it starts or is longer than 400 days", () => {
    expect(salesInput.safeParse({ from: "2020-03-11", to: "2020-03-10" }).success).toBe(false);
    expect(salesInput.safeParse({ from: "2019-01-01", to: "2020-03-10" }).success).toBe(false);
    expect(salesInput.safeParse({ from: "2020-3-1", to: "2020-03-10" }).success).toBe(false);
  });
});
