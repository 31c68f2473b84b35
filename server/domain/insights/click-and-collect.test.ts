import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, LOCATION_SLUGS } from "@/db/seed/fixtures";
import { location, user, variant } from "@/db/schema";
import { placeFixtureOrder, type FixtureRefs } from "@/server/test/insights-fixture";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { clickAndCollectFigures } from "./click-and-collect";
import { clickAndCollectInput } from "./inputs";
import { refreshSales } from "./rollup";

let t: TestDatabase;
let madrid: string;
let barcelona: string;
let valencia: string;
let staff: string;
let item: { id: string; sku: string };
const place = (o: Parameters<typeof placeFixtureOrder>[2]) =>
  placeFixtureOrder(t.db, { item, staff } as FixtureRefs, o);

beforeAll(async () => {
  t = await createTestDatabase();
  const places = await t.db.select({ id: location.id, slug: location.slug }).from(location);
  const at = (slug: string) => places.find((p) => p.slug === slug)!.id;
  madrid = at(LOCATION_SLUGS.madrid);
  barcelona = at(LOCATION_SLUGS.barcelona);
  valencia = at(LOCATION_SLUGS.valencia);
  staff = (await t.db.select({ id: user.id }).from(user).where(eq(user.email, DEMO_ACCOUNTS.staffMadrid)))[0]!.id;
  item = (await t.db.select({ id: variant.id, sku: variant.sku }).from(variant).limit(1))[0]!;

  // Madrid, 1–2 April 2020; worked out by hand in the test.
  await place({
    at: "2020-04-01T08:00:00Z",
    locationId: madrid,
    status: "collected",
    lines: [{ quantity: 2 }],
    events: [
      { status: "ready", after: 60 },
      { status: "collected", after: 180 },
    ],
  });
  await place({
    at: "2020-04-01T09:00:00Z",
    locationId: madrid,
    status: "expired",
    lines: [{ quantity: 1 }],
    events: [
      { status: "ready", after: 150 },
      { status: "expired", after: 10_080 },
    ],
  });
  await place({
    at: "2020-04-02T10:00:00Z",
    locationId: madrid,
    status: "collected",
    lines: [{ quantity: 2, missing: 1 }],
    events: [
      { status: "ready", after: 30 },
      { status: "collected", after: 120 },
    ],
  });
  await place({
    at: "2020-04-02T11:00:00Z",
    locationId: madrid,
    status: "cancelled",
    lines: [{ quantity: 1 }],
    events: [{ status: "cancelled", after: 20, note: "Customer changed their mind" }],
  });
  // Not click-and-collect: a counter sale and a delivery.
  await place({
    at: "2020-04-02T12:00:00Z",
    locationId: madrid,
    status: "collected",
    counter: true,
    lines: [{ quantity: 1 }],
  });
  await place({
    at: "2020-04-02T12:30:00Z",
    locationId: madrid,
    status: "delivered",
    fulfilment: "delivery",
    lines: [{ quantity: 1 }],
  });
  // Barcelona, the same days: one collected.
  await place({
    at: "2020-04-01T10:00:00Z",
    locationId: barcelona,
    status: "collected",
    lines: [{ quantity: 1 }],
    events: [
      { status: "ready", after: 45 },
      { status: "collected", after: 60 },
    ],
  });
  await refreshSales(t.db);
});
afterAll(() => t.close());

const figures = (extra: Record<string, unknown> = {}) =>
  clickAndCollectFigures(t.db, clickAndCollectInput.parse({ from: "2020-04-01", to: "2020-04-02", ...extra }));

describe("click-and-collect figures", () => {
  it("per store: time to ready, how orders ended, time to collect and fill rate", async () => {
    const f = await figures({ storeId: madrid });
    expect(f.promiseMinutes).toBe(120);
    expect(f.stores).toHaveLength(1);
    const m = f.stores[0]!;
    expect(m).toMatchObject({
      storeId: madrid,
      orders: 4,
      // Ready after 30, 60 and 150 minutes: the median is 60, the p90 60 + 0.8 × 90.
      readyMedianMinutes: 60,
      readyP90Minutes: 132,
      // Ready to collected: 120 and 90 minutes.
      collectMedianMinutes: 105,
      cancelled: 1,
      open: 0,
      cancellations: [{ reason: "Customer changed their mind", orders: 1 }],
    });
    expect(m.readyWithinPromiseRate).toBeCloseTo(2 / 3);
    expect(m.pickupRate).toBeCloseTo(2 / 3);
    expect(m.noShowRate).toBeCloseTo(1 / 3);
    // 6 units ordered, 1 missing.
    expect(m.fillRate).toBeCloseTo(5 / 6);
  });

  it("lists every store without a store filter", async () => {
    const f = await figures();
    expect(f.stores.map((s) => [s.storeId, s.orders])).toEqual(
      expect.arrayContaining([
        [madrid, 4],
        [barcelona, 1],
      ]),
    );
  });

  it("counts orders overdue now: open, not ready, placed longer ago than the promise", async () => {
    const overdueAt = async () =>
      (await figures({ storeId: valencia })).overdueNow.find((o) => o.storeId === valencia)?.orders ?? 0;
    const before = await overdueAt();
    await place({
      at: new Date(Date.now() - 3 * 3_600_000),
      locationId: valencia,
      status: "placed",
      lines: [{ quantity: 1 }],
    });
    await place({
      at: new Date(Date.now() - 10 * 60_000),
      locationId: valencia,
      status: "placed",
      lines: [{ quantity: 1 }],
    });
    expect(await overdueAt()).toBe(before + 1);
  });
});
