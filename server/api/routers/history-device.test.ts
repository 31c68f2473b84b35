import { randomUUID } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, FIXTURE_LOW_STOCK_SKU } from "@/db/seed/fixtures";
import { interaction, order } from "@/db/schema";
import { callerFor, sessionUserFor } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { locationId, setStock, variantBySku } from "@/server/test/shop";

let t: TestDatabase;
let variantId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  variantId = (await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU)).id;
  await setStock(t.db, variantId, await locationId(t.db, "madrid"), 10);
});
afterAll(() => t.close());

// The insights funnel tells phone, tablet and desktop apart: each web touchpoint keeps the class
// of the device it came from.
describe("web touchpoints record their device class", () => {
  it("keeps the view, search and add to cart of a shopper on a phone as the phone's", async () => {
    const ana = await sessionUserFor(t.db, DEMO_ACCOUNTS.customer);
    const { api } = callerFor(t, ana, {}, { device: "phone" });
    await api.account.setAnalyticsConsent({ allowed: true });
    await api.history.recordView({ slug: "merino-wool-jumper" });
    await api.history.recordSearch({ query: "merino", resultCount: 3 });
    await api.cart.addItem({ variantId, quantity: 1 });
    const latest = await t.db
      .select({ kind: interaction.kind, device: interaction.device })
      .from(interaction)
      .where(eq(interaction.customerId, ana.id))
      .orderBy(desc(interaction.seq))
      .limit(3);
    expect(latest).toEqual([
      { kind: "add_to_cart", device: "phone" },
      { kind: "search", device: "phone" },
      { kind: "view", device: "phone" },
    ]);
  });

  it("leaves it empty when the request said nothing of its device", async () => {
    const ben = await sessionUserFor(t.db, DEMO_ACCOUNTS.customerNoStore);
    const { api } = callerFor(t, ben);
    await api.account.setAnalyticsConsent({ allowed: true });
    await api.history.recordSearch({ query: "linen", resultCount: 2 });
    const [row] = await t.db
      .select({ device: interaction.device })
      .from(interaction)
      .where(eq(interaction.customerId, ben.id))
      .orderBy(desc(interaction.seq))
      .limit(1);
    expect(row).toEqual({ device: null });
  });

  it("keeps the device an order was placed from, so the funnel can end on it", async () => {
    const { api } = callerFor(t, null, {}, { device: "tablet" });
    await api.cart.addItem({ variantId, quantity: 1 });
    const { orderNumber } = await api.checkout.placeOrder({
      idempotencyKey: randomUUID(),
      contact: { email: "tablet.shopper@example.com", name: "Tablet Shopper" },
      fulfilment: { type: "pickup", locationId: await locationId(t.db, "madrid") },
      payment: { method: "pay_at_pickup" },
    });
    const [placed] = await t.db.select({ device: order.device }).from(order).where(eq(order.number, orderNumber));
    expect(placed).toEqual({ device: "tablet" });
  });
});
