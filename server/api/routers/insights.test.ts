import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, LOCATION_SLUGS } from "@/db/seed/fixtures";
import { location, user, variant } from "@/db/schema";
import { placeFixtureOrder } from "@/server/test/insights-fixture";
import { refreshSales } from "@/server/domain/insights/rollup";
import { callerFor, sessionUserFor, trpcCodeOf } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe("insights.sales over the API", () => {
  it("answers marketers and admins with figures and when they were computed; refuses shoppers, staff and guests", async () => {
    const before = await callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.marketer)).api.insights.sales({
      from: "2020-01-01",
      to: "2020-01-02",
    });
    expect(before.computedAt).toBeNull();
    await refreshSales(t.db);
    for (const email of [DEMO_ACCOUNTS.marketer, DEMO_ACCOUNTS.admin]) {
      const api = callerFor(t, await sessionUserFor(t.db, email)).api;
      const f = await api.insights.sales({ from: "2020-01-01", to: "2020-01-31", by: "week" });
      expect(f.computedAt, email).toBeInstanceOf(Date);
      expect(f.previousPeriod).toEqual({ from: "2019-12-01", to: "2019-12-31" });
    }
    for (const email of [DEMO_ACCOUNTS.customer, DEMO_ACCOUNTS.staffMadrid]) {
      const api = callerFor(t, await sessionUserFor(t.db, email)).api;
      expect(await trpcCodeOf(api.insights.sales({ from: "2020-01-01", to: "2020-01-31" })), email).toBe("FORBIDDEN");
    }
    expect(await trpcCodeOf(callerFor(t).api.insights.sales({ from: "2020-01-01", to: "2020-01-31" }))).toBe(
      "UNAUTHORIZED",
    );
  });

  it("refuses bad ranges with a 400 and a message", async () => {
    const api = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.marketer)).api;
    for (const input of [
      { from: "2020-02-01", to: "2020-01-01" },
      { from: "2018-01-01", to: "2020-01-01" },
      { from: "yesterday", to: "2020-01-01" },
      { from: "2020-01-01", to: "2020-01-02", storeId: "madrid" },
      { from: "2020-01-01", to: "2020-01-02", channel: "phone" as "web" },
    ])
      expect(await trpcCodeOf(api.insights.sales(input)), JSON.stringify(input)).toBe("BAD_REQUEST");
  });
});

describe("insights.clickAndCollect over the API", () => {
  let madrid: string;
  let barcelona: string;
  beforeAll(async () => {
    const places = await t.db.select({ id: location.id, slug: location.slug }).from(location);
    madrid = places.find((p) => p.slug === LOCATION_SLUGS.madrid)!.id;
    barcelona = places.find((p) => p.slug === LOCATION_SLUGS.barcelona)!.id;
    const staff = (await t.db.select({ id: user.id }).from(user).where(eq(user.email, DEMO_ACCOUNTS.staffMadrid)))[0]!
      .id;
    const item = (await t.db.select({ id: variant.id, sku: variant.sku }).from(variant).limit(1))[0]!;
    for (const locationId of [madrid, barcelona])
      await placeFixtureOrder(
        t.db,
        { item, staff },
        {
          at: "2020-04-01T08:00:00Z",
          locationId,
          status: "collected",
          lines: [{ quantity: 1 }],
          events: [
            { status: "ready", after: 30 },
            { status: "collected", after: 60 },
          ],
        },
      );
    await refreshSales(t.db);
  });

  it("is for marketers and admins, and for staff about their own store only", async () => {
    const input = { from: "2020-04-01", to: "2020-04-02" };
    const as = async (email: string) => callerFor(t, await sessionUserFor(t.db, email)).api.insights;
    const own = await (await as(DEMO_ACCOUNTS.staffMadrid)).clickAndCollect(input);
    expect(own.stores.map((s) => s.storeId)).toEqual([madrid]);
    expect(
      await trpcCodeOf((await as(DEMO_ACCOUNTS.staffMadrid)).clickAndCollect({ ...input, storeId: barcelona })),
    ).toBe("FORBIDDEN");
    expect(
      (await (await as(DEMO_ACCOUNTS.staffMadrid)).clickAndCollect({ ...input, storeId: madrid })).stores,
    ).toHaveLength(1);
    for (const email of [DEMO_ACCOUNTS.marketer, DEMO_ACCOUNTS.admin])
      expect((await (await as(email)).clickAndCollect(input)).stores.length, email).toBeGreaterThanOrEqual(2);
    expect(await trpcCodeOf((await as(DEMO_ACCOUNTS.customer)).clickAndCollect(input))).toBe("FORBIDDEN");
    expect(await trpcCodeOf(callerFor(t).api.insights.clickAndCollect(input))).toBe("UNAUTHORIZED");
    expect(
      await trpcCodeOf((await as(DEMO_ACCOUNTS.marketer)).clickAndCollect({ from: "2020-04-02", to: "2020-04-01" })),
    ).toBe("BAD_REQUEST");
  });
});

describe("insights.channelMix, ropo, search, funnel and customer over the API", () => {
  const range = { from: "2020-04-01", to: "2020-04-30" };

  it("answer marketers and admins, each with when its figures were computed; guests are refused", async () => {
    await refreshSales(t.db);
    const ana = await sessionUserFor(t.db, DEMO_ACCOUNTS.customer);
    for (const email of [DEMO_ACCOUNTS.marketer, DEMO_ACCOUNTS.admin]) {
      const api = callerFor(t, await sessionUserFor(t.db, email)).api.insights;
      for (const figures of await Promise.all([
        api.channelMix(range),
        api.ropo(range),
        api.search(range),
        api.funnel(range),
        api.customer({ customerId: ana.id }),
      ]))
        expect(figures.computedAt, email).toBeInstanceOf(Date);
    }
    const guest = callerFor(t).api.insights;
    for (const call of [guest.channelMix(range), guest.ropo(range), guest.search(range), guest.funnel(range)])
      expect(await trpcCodeOf(call)).toBe("UNAUTHORIZED");
    expect(await trpcCodeOf(guest.customer({ customerId: ana.id }))).toBe("UNAUTHORIZED");
  });

  it("refuse bad ranges and ids with a 400, and someone who is not a customer with a 404", async () => {
    const api = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.marketer)).api.insights;
    for (const input of [
      { from: "2020-05-01", to: "2020-04-01" },
      { from: "2018-01-01", to: "2020-01-01" },
      { from: "x".repeat(100_000), to: "2020-01-01" },
    ])
      // prettier-ignore
      for (const call of [api.channelMix, api.ropo, api.search, api.funnel])
        expect(await trpcCodeOf(call(input)), JSON.stringify(input).slice(0, 60)).toBe("BAD_REQUEST");
    expect(await trpcCodeOf(api.customer({ customerId: "ana" }))).toBe("BAD_REQUEST");
    const staff = await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid);
    expect(await trpcCodeOf(api.customer({ customerId: staff.id }))).toBe("NOT_FOUND");
  });
});
