import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, FIXTURE_LOW_STOCK_SKU } from "@/db/seed/fixtures";
import { callerFor, sessionUserFor, trpcCodeOf } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { variantBySku } from "@/server/test/shop";

let t: TestDatabase;
let variantId: string;
let basePrice: number;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  t = await createTestDatabase();
  const item = await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU);
  variantId = item.id;
  basePrice = item.priceMinor;
});
afterAll(() => t.close());

const draft = () => ({
  name: "Rebajas de enero",
  startsAt: new Date(Date.now() + DAY),
  endsAt: new Date(Date.now() + 8 * DAY),
  channels: ["web" as const],
  prices: [{ variantId, amountMinor: basePrice - 1000 }],
});

describe("studio.prices", () => {
  it("is for marketers and admins: a shopper or store staff gets 403, a guest 401", async () => {
    const as = async (email: string) => callerFor(t, await sessionUserFor(t.db, email)).api.studio.prices;
    for (const [prices, code] of [
      [callerFor(t).api.studio.prices, "UNAUTHORIZED"],
      [await as(DEMO_ACCOUNTS.customer), "FORBIDDEN"],
      [await as(DEMO_ACCOUNTS.staffMadrid), "FORBIDDEN"],
    ] as const) {
      expect(await trpcCodeOf(prices.schedule(draft()))).toBe(code);
      expect(await trpcCodeOf(prices.list())).toBe(code);
      expect(await trpcCodeOf(prices.preview(draft()))).toBe(code);
      expect(await trpcCodeOf(prices.get({ id: crypto.randomUUID() }))).toBe(code);
      expect(await trpcCodeOf(prices.cancel({ id: crypto.randomUUID() }))).toBe(code);
    }
    const admin = await as(DEMO_ACCOUNTS.admin);
    expect((await admin.list()).map((l) => l.name)).toContain("Rebajas de temporada");
  });

  it("schedules by the public names, answers { id }, lists, shows and cancels it", async () => {
    const prices = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.marketer)).api.studio.prices;
    const preview = await prices.preview(draft());
    expect(preview.items).toEqual([
      expect.objectContaining({
        variantId,
        newMinor: basePrice - 1000,
        channels: [expect.objectContaining({ channel: "web", wasMinor: basePrice })],
        warnings: [],
      }),
    ]);
    const made = await prices.schedule(draft());
    expect(made).toEqual({ id: expect.any(String) });
    expect((await prices.list()).find((l) => l.id === made.id)).toMatchObject({ state: "scheduled", items: 1 });
    expect((await prices.get({ id: made.id })).items[0]).toMatchObject({ variantId, amountMinor: basePrice - 1000 });
    expect(await prices.cancel({ id: made.id })).toEqual({ id: made.id, cancelled: true });
    expect((await prices.get({ id: made.id })).state).toBe("cancelled");
  });

  it("refuses bad input with a 400 and unknown lists with a 404", async () => {
    const prices = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.marketer)).api.studio.prices;
    expect(await trpcCodeOf(prices.schedule({ ...draft(), channels: [] }))).toBe("BAD_REQUEST");
    expect(await trpcCodeOf(prices.schedule({ ...draft(), name: "" }))).toBe("BAD_REQUEST");
    expect(await trpcCodeOf(prices.schedule({ ...draft(), prices: [] }))).toBe("BAD_REQUEST");
    expect(await trpcCodeOf(prices.schedule({ ...draft(), endsAt: new Date(Date.now() - DAY) }))).toBe("BAD_REQUEST");
    expect(
      await trpcCodeOf(prices.schedule({ ...draft(), prices: [], rule: { percentOff: 95, variantIds: [variantId] } })),
    ).toBe("BAD_REQUEST");
    expect(await trpcCodeOf(prices.get({ id: crypto.randomUUID() }))).toBe("NOT_FOUND");
    expect(await trpcCodeOf(prices.cancel({ id: crypto.randomUUID() }))).toBe("NOT_FOUND");
  });
});
