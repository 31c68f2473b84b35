import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { order } from "@/db/schema";
import { DEMO_ACCOUNTS } from "@/db/seed/fixtures";
import { HOLD_LIMIT, OPEN_UNPAID_PER_EMAIL, PLACEMENT_LIMIT } from "@/server/domain/checkout/limits";
import { subjectHash } from "@/server/domain/security/rate-limit";
import { callerFor, sessionUserFor, trpcErrorOf } from "@/server/test/caller";
import { goodCard, newAddress, newEmail, openLimitsShop, type LimitsShop } from "@/server/test/limits-shop";
import { failureOf } from "@/server/test/shop";

let t: LimitsShop["t"];
let madrid: LimitsShop["madrid"];
let variantId: LimitsShop["variantId"];
let order1: LimitsShop["order1"];

beforeAll(async () => {
  ({ t, madrid, variantId, order1 } = await openLimitsShop());
});
afterAll(() => t.close());

async function orderRow(number: string) {
  const [row] = await t.db.select().from(order).where(eq(order.number, number));
  return row!;
}

describe("orders paid at pickup", () => {
  it("are kept until a collect-by date and note their client as a keyed hash; card orders have no such date", async () => {
    const address = "198.51.100.23";
    const shop = callerFor(t, null, {}, { clientAddress: address }).api;
    await shop.cart.addItem({ variantId, quantity: 1 });
    const before = Date.now();
    const { orderNumber } = await shop.checkout.placeOrder({
      idempotencyKey: randomUUID(),
      contact: { email: newEmail(), name: "Shopper" },
      fulfilment: { type: "pickup", locationId: madrid },
      payment: { method: "pay_at_pickup" },
    });
    const row = await orderRow(orderNumber);
    expect(row.collectBy!.getTime() - before).toBeGreaterThanOrEqual(7 * 24 * 60 * 60 * 1000);
    expect(row.collectBy!.getTime() - before).toBeLessThan(7 * 24 * 60 * 60 * 1000 + 60_000);
    expect(row.placedFrom).toBe(subjectHash(address, process.env.AUTH_SECRET!));
    expect(row.placedFrom).not.toContain("198.51");

    const byCard = await orderRow(
      (await order1({ email: newEmail(), payment: { method: "card", card: goodCard } })).orderNumber,
    );
    expect(byCard.collectBy).toBeNull();
  });
});

describe("open unpaid orders", () => {
  it("an order that ends (cancelled, collected or expired) no longer counts", async () => {
    const email = newEmail("regular");
    const placed = [];
    for (let i = 0; i < OPEN_UNPAID_PER_EMAIL; i++) placed.push(await order1({ email }));
    expect(await failureOf(order1({ email }))).toMatchObject({ code: "TOO_MANY_OPEN_ORDERS" });
    const staff = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid)).api;
    await staff.pickup.cancel({ orderNumber: placed[0]!.orderNumber, reason: "Customer phoned to cancel" });
    await expect(order1({ email })).resolves.toMatchObject({ status: "placed" });
  });
});

describe("rates per client address", () => {
  it(`placing orders: ${PLACEMENT_LIMIT.max} tries in ${PLACEMENT_LIMIT.windowSeconds / 60} minutes, refused ones included, then 429 with when to try again`, async () => {
    const address = newAddress();
    const shop = callerFor(t, null, {}, { clientAddress: address }).api;
    const attempt = () =>
      shop.checkout.placeOrder({
        idempotencyKey: randomUUID(),
        contact: { email: newEmail(), name: "Shopper" },
        fulfilment: { type: "pickup", locationId: madrid },
        payment: { method: "pay_at_pickup" },
      });
    // An empty cart is refused, but the try is counted: card numbers and carts cannot be sprayed either.
    for (let i = 0; i < PLACEMENT_LIMIT.max; i++)
      expect((await trpcErrorOf(attempt())).cause).toMatchObject({ code: "CART_EMPTY" });
    const limited = await trpcErrorOf(attempt());
    expect(limited.code).toBe("TOO_MANY_REQUESTS");
    expect(limited.cause).toMatchObject({ code: "RATE_LIMITED" });
    const retryAfter = Number(
      (limited.cause as { details?: { retryAfterSeconds?: number } }).details?.retryAfterSeconds,
    );
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(PLACEMENT_LIMIT.windowSeconds);
    expect(limited.message).toMatch(/^Too many orders from your connection\. Try again in \d+ minutes?\.$/);

    const elsewhere = callerFor(t, null, {}, { clientAddress: newAddress() }).api;
    expect(
      (
        await trpcErrorOf(
          elsewhere.checkout.placeOrder({
            idempotencyKey: randomUUID(),
            contact: { email: newEmail(), name: "S" },
            fulfilment: { type: "pickup", locationId: madrid },
            payment: { method: "pay_at_pickup" },
          }),
        )
      ).cause,
    ).toMatchObject({ code: "CART_EMPTY" });
  });

  it(`holding stock at checkout: ${HOLD_LIMIT.max} holds in ${HOLD_LIMIT.windowSeconds / 60} minutes, then 429`, async () => {
    const address = newAddress();
    const shop = callerFor(t, null, {}, { clientAddress: address }).api;
    await shop.cart.addItem({ variantId, quantity: 1 });
    for (let i = 0; i < HOLD_LIMIT.max; i++)
      expect(await shop.checkout.hold({ type: "pickup", locationId: madrid })).toMatchObject({ held: true });
    const limited = await trpcErrorOf(shop.checkout.hold({ type: "pickup", locationId: madrid }));
    expect(limited.code).toBe("TOO_MANY_REQUESTS");
    expect(limited.cause).toMatchObject({ code: "RATE_LIMITED", details: { retryAfterSeconds: expect.any(Number) } });
  }, 60_000);
});
