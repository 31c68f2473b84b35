import { randomUUID } from "node:crypto";
import { eq, ne, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, LOCATION_SLUGS } from "@/db/seed/fixtures";
import { interaction, location, order, orderEvent, product, user, variant, type InteractionPayload } from "@/db/schema";
import { placeFixtureOrder, type FixtureItem } from "@/server/test/insights-fixture";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { channelMixFigures } from "./channel-mix";
import { customerInsights } from "./customer";
import { insightsRangeInput, salesInput } from "./inputs";
import { ropoFigures } from "./ropo";
import { refreshSales } from "./rollup";
import { salesFigures } from "./sales";
import { funnelFigures, searchFigures } from "./search";

/**
 * April 2020 (Madrid is UTC+2), long before the demo's orders. Three customers and some walk-ins;
 * every figure below is worked out by hand from these:
 *
 *   Ana   web only:  #1 delivery 5th (A, phone), #2 pickup 10th (2×B, desktop, collected); #9 web in May (A)
 *   Bea   store only: adds A to a cart on the web 8th (phone); #3 counter 12th (A); #8 web 16th, cancelled
 *   Carla both:      views A on the web 14th (phone); #5 web pickup 20th 08:00Z (A, tablet), collected 10:00Z;
 *                    #4 counter 20th 10:10Z (A + B: while collecting); #6 web delivery 25th (B, no device)
 *   walk-in          #7 counter in Barcelona 15th (A)
 *   guests           g1 on the 3rd: searches "Merino " 10:00, views A 10:05 and adds it 10:06 (desktop),
 *                    searches "merino" 11:00 and "vaqueros" (0 results) 12:00; g2 searches "VAQUEROS" on the 4th
 */
let t: TestDatabase;
let madrid: string;
let barcelona: string;
let staff: string;
let a: FixtureItem & { productId: string; categoryId: string };
let b: FixtureItem & { productId: string; categoryId: string };
const people = { ana: "", bea: "", carla: "" };

const range = (from: string, to: string) => insightsRangeInput.parse({ from, to });

async function touch(
  who: { customerId?: string; guestId?: string },
  at: string,
  kind: "view" | "search" | "add_to_cart",
  payload: InteractionPayload,
  device: "phone" | "tablet" | "desktop" | null,
) {
  await t.db.insert(interaction).values({ ...who, channel: "web", kind, payload, device, createdAt: new Date(at) });
}

beforeAll(async () => {
  t = await createTestDatabase();
  const places = await t.db.select({ id: location.id, slug: location.slug }).from(location);
  madrid = places.find((p) => p.slug === LOCATION_SLUGS.madrid)!.id;
  barcelona = places.find((p) => p.slug === LOCATION_SLUGS.barcelona)!.id;
  staff = (await t.db.select({ id: user.id }).from(user).where(eq(user.email, DEMO_ACCOUNTS.staffMadrid)))[0]!.id;
  const item = async (where: ReturnType<typeof eq>) =>
    (
      await t.db
        .select({
          id: variant.id,
          sku: variant.sku,
          slug: product.slug,
          productId: product.id,
          categoryId: product.categoryId,
        })
        .from(variant)
        .innerJoin(product, eq(product.id, variant.productId))
        .where(where)
        .limit(1)
    )[0]!;
  a = await item(eq(product.slug, "merino-wool-jumper"));
  b = await item(ne(product.categoryId, a.categoryId));
  for (const name of ["ana", "bea", "carla"] as const) {
    const [row] = await t.db
      .insert(user)
      .values({ email: `${name}.${randomUUID().slice(0, 6)}@example.com`, name, role: "customer" })
      .returning({ id: user.id });
    people[name] = row!.id;
  }
  const place = (o: Parameters<typeof placeFixtureOrder>[2]) => placeFixtureOrder(t.db, { item: a, staff }, o);
  const { ana, bea, carla } = people;

  await place({ at: "2020-04-05T10:00:00Z", customerId: ana, device: "phone", fulfilment: "delivery", locationId: madrid, status: "delivered", lines: [{ quantity: 1 }] }); // prettier-ignore
  await place({ at: "2020-04-10T10:00:00Z", customerId: ana, device: "desktop", locationId: madrid, status: "collected", totalMinor: 2000, lines: [{ quantity: 2, item: b }], events: [{ status: "collected", after: 120 }] }); // prettier-ignore
  await place({ at: "2020-04-12T10:00:00Z", customerId: bea, counter: true, locationId: madrid, status: "collected", lines: [{ quantity: 1 }] }); // prettier-ignore
  await place({ at: "2020-04-20T10:10:00Z", customerId: carla, counter: true, locationId: madrid, status: "collected", totalMinor: 2000, lines: [{ quantity: 1 }, { quantity: 1, item: b }] }); // prettier-ignore
  await place({ at: "2020-04-20T08:00:00Z", customerId: carla, device: "tablet", locationId: madrid, status: "collected", lines: [{ quantity: 1 }], events: [{ status: "ready", after: 60 }, { status: "collected", after: 120 }] }); // prettier-ignore
  await place({ at: "2020-04-25T10:00:00Z", customerId: carla, fulfilment: "delivery", locationId: madrid, status: "delivered", lines: [{ quantity: 1, item: b }] }); // prettier-ignore
  await place({ at: "2020-04-15T10:00:00Z", counter: true, locationId: barcelona, status: "collected", lines: [{ quantity: 1 }] }); // prettier-ignore
  await place({ at: "2020-04-16T10:00:00Z", customerId: bea, fulfilment: "delivery", locationId: madrid, status: "cancelled", lines: [{ quantity: 1 }] }); // prettier-ignore
  await place({ at: "2020-05-03T10:00:00Z", customerId: ana, fulfilment: "delivery", locationId: madrid, status: "delivered", lines: [{ quantity: 1 }] }); // prettier-ignore

  const viewA = { productId: a.productId, slug: a.slug!, name: "Merino Wool Jumper" };
  await touch({ customerId: bea }, "2020-04-08T10:00:00Z", "add_to_cart", { variantId: a.id, sku: a.sku, quantity: 1 }, "phone"); // prettier-ignore
  await touch({ customerId: carla }, "2020-04-14T10:00:00Z", "view", viewA, "phone");
  await touch({ guestId: "g1" }, "2020-04-03T10:00:00Z", "search", { query: "Merino ", resultCount: 3 }, "desktop");
  await touch({ guestId: "g1" }, "2020-04-03T10:05:00Z", "view", viewA, "desktop");
  await touch({ guestId: "g1" }, "2020-04-03T10:06:00Z", "add_to_cart", { variantId: a.id, sku: a.sku, quantity: 1 }, "desktop"); // prettier-ignore
  await touch({ guestId: "g1" }, "2020-04-03T11:00:00Z", "search", { query: "merino", resultCount: 3 }, "desktop");
  await touch({ guestId: "g1" }, "2020-04-03T12:00:00Z", "search", { query: "vaqueros", resultCount: 0 }, "desktop");
  await touch({ guestId: "g2" }, "2020-04-04T12:00:00Z", "search", { query: "VAQUEROS", resultCount: 0 }, "phone");
  await refreshSales(t.db);
});
afterAll(() => t.close());

describe("channel mix", () => {
  it("tells web-only, store-only and both-channel customers apart, with their shares, spend and frequency", async () => {
    const mix = await channelMixFigures(t.db, range("2020-04-01", "2020-04-30"));
    const seg = Object.fromEntries(mix.segments.map((s) => [s.segment, s]));
    // Ana 1000 + 2000; Bea 1000 (her cancelled order is no sale); Carla 2000 in store, 1000 + 1000 on the web.
    expect(seg.web).toMatchObject({ customers: 1, orders: 2, revenueMinor: 3000, spendPerCustomerMinor: 3000 });
    expect(seg.store).toMatchObject({ customers: 1, orders: 1, revenueMinor: 1000 });
    expect(seg.both).toMatchObject({ customers: 1, orders: 3, revenueMinor: 4000, ordersPerCustomer: 3 });
    expect(mix.segments.map((s) => s.customerShare)).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(mix.segments.map((s) => s.revenueShare)).toEqual([3 / 8, 1 / 8, 4 / 8]);
    expect(mix.previousSegments.every((s) => s.customers === 0)).toBe(true);
  });

  it("builds cohorts by first month and first channel, and who came back the month after", async () => {
    const { cohorts } = await channelMixFigures(t.db, range("2020-04-01", "2020-05-31"));
    // Ana and Carla first bought on the web in April (Carla's pickup at 08:00 came before her counter sale); Ana again in May.
    expect(cohorts).toEqual([
      { month: "2020-04", channel: "web", customers: 2, active: [2, 1] },
      { month: "2020-04", channel: "store", customers: 1, active: [1] },
    ]);
  });
});

describe("web-to-store influence and pickup attach", () => {
  it("counts store sales of products seen on the web in the 14 days before, and the reverse", async () => {
    const r = await ropoFigures(t.db, range("2020-04-01", "2020-04-30"));
    // Store: Bea's A (added on the web the 8th), Carla's A of A + B (viewed the 14th), the walk-in's A.
    expect(r.webToStore).toMatchObject({
      sales: 3,
      knownSales: 2,
      influencedSales: 2,
      revenueMinor: 4000,
      influencedRevenueMinor: 2000,
      share: 2 / 3,
      knownShare: 1,
      revenueShare: 0.5,
    });
    // Web: Carla's B on the 25th, bought in the Madrid store on the 20th; nothing else.
    expect(r.storeToWeb).toMatchObject({ sales: 4, knownSales: 4, influencedSales: 1, influencedRevenueMinor: 1000 });
    expect(r.byStore.map((s) => [s.name.includes("Madrid"), s.sales, s.influencedSales])).toEqual(
      expect.arrayContaining([
        [true, 2, 2],
        [false, 1, 0],
      ]),
    );
  });

  it("counts a counter sale to a customer collecting an order there as a pickup attach", async () => {
    const r = await ropoFigures(t.db, range("2020-04-01", "2020-04-30"));
    // Two pickups collected (Ana's, Carla's); Carla bought 20 € more at the till ten minutes after hers.
    expect(r.pickupAttach).toEqual({ collected: 2, attachSales: 1, attachRevenueMinor: 2000, rate: 0.5 });
  });
});

describe("search", () => {
  it("lists top queries, those that found nothing, and those not followed by a view or add", async () => {
    const s = await searchFigures(t.db, range("2020-04-01", "2020-04-30"));
    expect(s.totals).toEqual({
      searches: 4,
      queries: 2,
      zeroResults: 2,
      followed: 1,
      zeroResultRate: 0.5,
      followRate: 0.25,
    });
    expect(s.topQueries.map((q) => [q.query, q.searches, q.zeroResults, q.followed])).toEqual([
      ["merino", 2, 0, 1],
      ["vaqueros", 2, 2, 0],
    ]);
    expect(s.zeroResultQueries.map((q) => q.query)).toEqual(["vaqueros"]);
    expect(s.unfollowedQueries.map((q) => q.query)).toEqual(["merino"]);
    expect(s.zeroResultRateOverTime).toEqual([
      { start: "2020-04-03", searches: 3, zeroResults: 1, rate: 1 / 3 },
      { start: "2020-04-04", searches: 1, zeroResults: 1, rate: 1 },
    ]);
  });
});

describe("funnel", () => {
  it("counts shopper-days that viewed, added and ordered, by channel and device", async () => {
    const f = await funnelFigures(t.db, range("2020-04-01", "2020-04-30"));
    expect(f.rows.map((r) => [r.channel, r.device, r.viewed, r.added, r.ordered])).toEqual([
      ["web", "phone", 1, 1, 1], // Carla viewed, Bea added, Ana ordered: three days of three people
      ["web", "tablet", 0, 0, 1],
      ["web", "desktop", 1, 1, 1], // g1 viewed and added on the 3rd; Ana's pickup order
      ["web", "unknown", 0, 0, 1],
      ["store", "unknown", 0, 0, 2], // the walk-in is no one
    ]);
  });
});

describe("sales by category", () => {
  it("counts only the category's goods", async () => {
    const cat = (categoryId: string) =>
      salesFigures(t.db, salesInput.parse({ from: "2020-04-01", to: "2020-04-30", categoryId }));
    expect((await cat(a.categoryId)).totals).toMatchObject({ orders: 5, units: 5, revenueMinor: 5000 });
    const inB = await cat(b.categoryId);
    expect(inB.totals).toMatchObject({ orders: 3, units: 4, revenueMinor: 4000 });
    expect(inB.byStaff).toEqual([]);
  });
});

describe("one customer", () => {
  it("shows their channel mix and their journey across web and store, newest first", async () => {
    const c = await customerInsights(t.db, people.carla);
    expect(c.segment).toBe("both");
    expect(c.channels).toEqual([
      { channel: "web", orders: 2, revenueMinor: 2000, lastDay: "2020-04-25" },
      { channel: "store", orders: 1, revenueMinor: 2000, lastDay: "2020-04-20" },
    ]);
    expect(c.firstPurchase).toEqual({ day: "2020-04-20", channel: "web" });
    expect(c.journey.map((j) => [j.kind, j.channel])).toEqual([
      ["order", "web"],
      ["order", "store"],
      ["order", "web"],
      ["view", "web"],
    ]);
  });

  it("is not found for someone who is not a customer", async () => {
    await expect(customerInsights(t.db, staff)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("a pickup collected after a counter sale was rolled up", () => {
  it("makes that sale an attach once the collection is recorded", async () => {
    const dani = (
      await t.db
        .insert(user)
        .values({ email: `dani.${randomUUID().slice(0, 6)}@example.com`, name: "dani", role: "customer" })
        .returning({ id: user.id })
    )[0]!.id;
    const now = Date.now();
    const pickup = await placeFixtureOrder(
      t.db,
      { item: a, staff },
      {
        at: new Date(now - 26 * 3_600_000),
        customerId: dani,
        locationId: madrid,
        status: "ready",
        lines: [{ quantity: 1 }],
      },
    );
    // Dani pays for a scarf at the till first, then collects the order placed yesterday.
    await placeFixtureOrder(
      t.db,
      { item: a, staff },
      {
        at: new Date(now - 5 * 60_000),
        customerId: dani,
        counter: true,
        locationId: madrid,
        status: "collected",
        totalMinor: 1500,
        lines: [{ quantity: 1, priceMinor: 1500 }],
      },
    );
    // Both were written a while ago, before the last refresh and its overlap.
    await t.db
      .update(order)
      .set({ updatedAt: new Date(now - 10 * 60_000) })
      .where(eq(order.customerId, dani));
    await refreshSales(t.db);
    const today = new Date(now).toLocaleDateString("sv-SE", { timeZone: "Europe/Madrid" });
    const week = range(new Date(now - 3 * 86_400_000).toISOString().slice(0, 10), today);
    expect((await ropoFigures(t.db, week)).pickupAttach.attachSales).toBe(0);

    await t.db.insert(orderEvent).values({ orderId: pickup, status: "collected", channel: "store" });
    await t.db
      .update(order)
      .set({ status: "collected", updatedAt: sql`now()` })
      .where(eq(order.id, pickup));
    await refreshSales(t.db);
    expect((await ropoFigures(t.db, week)).pickupAttach).toMatchObject({ collected: 1, attachSales: 1, attachRevenueMinor: 1500 }); // prettier-ignore
  });
});
