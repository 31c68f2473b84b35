import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notification, order, orderEvent } from "@/db/schema";
import { DEMO_ACCOUNTS, FIXTURE_LOW_STOCK_SKU } from "@/db/seed/fixtures";
import { createTestPaymentProvider, TEST_CARDS } from "@/server/domain/payments/test-provider";
import { expireUncollected } from "@/server/domain/pickup/expiry";
import { callerFor, sessionUserFor } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { locationId, setStock, stockAt, variantBySku } from "@/server/test/shop";

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

const goodCard = { number: TEST_CARDS.visa, expiry: "12/39", cvc: "123" };

/** A new guest's Madrid pickup order, paid at pickup unless a card is given. */
async function placed(card?: typeof goodCard) {
  const shopper = callerFor(t).api;
  await shopper.cart.addItem({ variantId, quantity: 1 });
  const { orderNumber } = await shopper.checkout.placeOrder({
    idempotencyKey: randomUUID(),
    contact: { email: `late-${randomUUID()}@example.com`, name: "Late" },
    fulfilment: { type: "pickup", locationId: madrid },
    payment: card ? { method: "card", card } : { method: "pay_at_pickup" },
  });
  return { orderNumber, shopper };
}

/** Moves an order's placement, and the collect-by date counted from it, `days` into the past. */
async function placedDaysAgo(orderNumber: string, days: number) {
  await t.db
    .update(order)
    .set({
      placedAt: sql`${order.placedAt} - make_interval(days => ${days})`,
      collectBy: sql`${order.collectBy} - make_interval(days => ${days})`,
    })
    .where(eq(order.number, orderNumber));
}

/** A Madrid pickup order marked ready `daysAgo` days ago. */
async function readySince(daysAgo: number) {
  const { orderNumber, shopper } = await placed();
  const staff = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid)).api;
  await staff.pickup.pickAll({ orderNumber });
  await staff.pickup.markReady({ orderNumber });
  await t.db
    .update(orderEvent)
    .set({ createdAt: sql`now() - make_interval(days => ${daysAgo})` })
    .where(
      and(
        eq(orderEvent.status, "ready"),
        sql`${orderEvent.orderId} = (select id from "order" where number = ${orderNumber})`,
      ),
    );
  return { orderNumber, shopper };
}

describe("uncollected orders", () => {
  it("expire after the configured days, releasing their units, once even when two runs race", async () => {
    const late = await readySince(8);
    const before = await stockAt(t.db, variantId, madrid);
    const payments = createTestPaymentProvider();
    const [a, b] = await Promise.all([
      expireUncollected(t.db, payments, { days: 7 }),
      expireUncollected(t.db, payments, { days: 7 }),
    ]);
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

describe("unpaid orders past their collect-by date", () => {
  it("a pay-at-pickup order is kept for the collect-by days from its placement", async () => {
    const before = Date.now();
    const { orderNumber, shopper } = await placed();
    const seen = await shopper.orders.get({ number: orderNumber });
    const days = (seen.collectBy!.getTime() - before) / (24 * 60 * 60 * 1000);
    expect(days).toBeGreaterThanOrEqual(7);
    expect(days).toBeLessThan(7.01);
  });

  it("expire whatever their status, even never picked, and their units go back on sale", async () => {
    const neverPicked = await placed();
    const beingPicked = await placed();
    const staff = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid)).api;
    await staff.pickup.startPicking({ orderNumber: beingPicked.orderNumber });
    await placedDaysAgo(neverPicked.orderNumber, 8);
    await placedDaysAgo(beingPicked.orderNumber, 8);
    const before = await stockAt(t.db, variantId, madrid);

    const { expired } = await expireUncollected(t.db, createTestPaymentProvider(), { days: 7 });
    expect(expired.sort()).toEqual([neverPicked.orderNumber, beingPicked.orderNumber].sort());
    expect(await stockAt(t.db, variantId, madrid)).toEqual({ onHand: before.onHand, reserved: before.reserved - 2 });
    const seen = await neverPicked.shopper.orders.get({ number: neverPicked.orderNumber });
    expect(seen.status).toBe("expired");
    expect(seen.timeline.at(-1)).toMatchObject({
      status: "expired",
      note: "Not collected and paid by its collect-by date",
    });
    const mail = await t.db
      .select({ kind: notification.kind })
      .from(notification)
      .where(sql`${notification.orderId} = (select id from "order" where number = ${neverPicked.orderNumber})`);
    expect(mail.map((m) => m.kind)).toContain("order_expired");
  });

  it("leave card orders, and unpaid ones still within their date, alone", async () => {
    const byCard = await placed(goodCard);
    const recent = await placed();
    await placedDaysAgo(byCard.orderNumber, 30);
    await placedDaysAgo(recent.orderNumber, 6);
    expect((await expireUncollected(t.db, createTestPaymentProvider(), { days: 7 })).expired).toEqual([]);
    expect((await byCard.shopper.orders.get({ number: byCard.orderNumber })).status).toBe("placed");
    expect((await recent.shopper.orders.get({ number: recent.orderNumber })).status).toBe("placed");
  });
});
