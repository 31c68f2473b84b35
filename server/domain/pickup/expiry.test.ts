import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orderEvent } from "@/db/schema";
import { DEMO_ACCOUNTS, FIXTURE_LOW_STOCK_SKU } from "@/db/seed/fixtures";
import { createTestPaymentProvider } from "@/server/domain/payments/test-provider";
import { callerFor, sessionUserFor } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { locationId, setStock, stockAt, variantBySku } from "@/server/test/shop";
import { expireUncollected } from "./expiry";

let t: TestDatabase;
let madrid: string;
let variantId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  madrid = await locationId(t.db, "madrid");
  variantId = (await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU)).id;
  await setStock(t.db, variantId, madrid, 5);
});
afterAll(() => t.close());

/** A Madrid pickup order marked ready `daysAgo` days ago. */
async function readySince(daysAgo: number) {
  const shopper = callerFor(t).api;
  await shopper.cart.addItem({ variantId, quantity: 1 });
  const { orderNumber } = await shopper.checkout.placeOrder({
    idempotencyKey: randomUUID(),
    contact: { email: "late@example.com", name: "Late" },
    fulfilment: { type: "pickup", locationId: madrid },
    payment: { method: "pay_at_pickup" },
  });
  const staff = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid)).api;
  await staff.pickup.pickAll({ orderNumber });
  await staff.pickup.markReady({ orderNumber });
  await t.db
    .update(orderEvent)
    .set({ createdAt: sql`now() - make_interval(days => ${daysAgo})` })
    .where(and(eq(orderEvent.status, "ready"), sql`${orderEvent.orderId} = (select id from "order" where number = ${orderNumber})`));
  return { orderNumber, shopper };
}

describe("uncollected orders", () => {
  it("expire after the configured days, releasing their units, once even when two runs race", async () => {
    const late = await readySince(8);
    const before = await stockAt(t.db, variantId, madrid);
    const payments = createTestPaymentProvider();
    const [a, b] = await Promise.all([expireUncollected(t.db, payments, { days: 7 }), expireUncollected(t.db, payments, { days: 7 })]);
    expect([...a.expired, ...b.expired]).toEqual([late.orderNumber]);
    expect(await stockAt(t.db, variantId, madrid)).toEqual({ onHand: before.onHand, reserved: before.reserved - 1 });
    const order = await late.shopper.orders.get({ number: late.orderNumber });
    expect(order.status).toBe("expired");
    expect(order.timeline.at(-1)).toMatchObject({ status: "expired", note: "Not collected within 7 days" });
  });

  it("leave orders that are still within their days alone", async () => {
    const recent = await readySince(2);
    expect((await expireUncollected(t.db, createTestPaymentProvider(), { days: 7 })).expired).toEqual([]);
    expect((await recent.shopper.orders.get({ number: recent.orderNumber })).status).toBe("ready");
  });
});
