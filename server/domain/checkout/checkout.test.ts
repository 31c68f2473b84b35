import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cart, order, stockHold } from "@/db/schema";
import { FIXTURE_LOW_STOCK_SKU } from "@/db/seed/fixtures";
import { addItem, getCart } from "@/server/domain/cart/cart";
import type { Shopper } from "@/server/domain/customers/shopper";
import { createTestPaymentProvider, TEST_CARDS } from "@/server/domain/payments/test-provider";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { failureOf, locationId, newGuest, otherVariants, setStock, stockAt, variantBySku } from "@/server/test/shop";
import { checkoutOptions, holdForCheckout, placeOrder } from "./checkout";
import type { PlaceOrderInput } from "./inputs";

let t: TestDatabase;
let scarceId: string;
let madrid: string;
let barcelona: string;
let warehouse: string;
const payments = createTestPaymentProvider();

beforeAll(async () => {
  t = await createTestDatabase();
  scarceId = (await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU)).id;
  madrid = await locationId(t.db, "madrid");
  barcelona = await locationId(t.db, "barcelona");
  warehouse = await locationId(t.db, "warehouse");
});
afterAll(() => t.close());

beforeEach(async () => {
  await setStock(t.db, scarceId, madrid, 3);
  await setStock(t.db, scarceId, barcelona, 0);
  await setStock(t.db, scarceId, warehouse, 40);
});

/** Each order from someone else: one email may keep only a few pay-at-pickup orders open (limits.ts). */
const contact = () => ({ email: `guest-${randomUUID()}@example.com`, name: "Guest Shopper" });
const address = {
  name: "Ana García",
  line1: "Calle Mayor 1",
  city: "Madrid",
  postalCode: "28013",
  country: "ES" as const,
};
const goodCard = { number: TEST_CARDS.visa, expiry: "12/30", cvc: "123" };

function pickupAt(locationId: string, over: Partial<PlaceOrderInput> = {}): PlaceOrderInput {
  return {
    idempotencyKey: randomUUID(),
    contact: contact(),
    fulfilment: { type: "pickup", locationId },
    payment: { method: "pay_at_pickup" },
    ...over,
  };
}

async function guestWith(variantId: string, quantity = 1): Promise<Shopper> {
  const guest = newGuest();
  await addItem(t.db, guest, variantId, quantity);
  return guest;
}

async function ordersCount() {
  const [row] = await t.db.select({ n: count() }).from(order);
  return row?.n ?? 0;
}

describe("placing an order", () => {
  it("reserves the stock at the pickup store, writes the order and closes the cart", async () => {
    const guest = await guestWith(scarceId, 2);
    const input = pickupAt(madrid);
    const placed = await placeOrder(t.db, guest, input, payments);
    expect(placed.orderNumber).toMatch(/^MAD-\d{4,}$/);
    expect(placed.pickupCode).toMatch(/^\d{6}$/);
    expect(placed.status).toBe("placed");
    expect(await stockAt(t.db, scarceId, madrid)).toEqual({ onHand: 3, reserved: 2 });
    expect((await getCart(t.db, guest)).lines).toEqual([]);
    const [row] = await t.db.select().from(order).where(eq(order.number, placed.orderNumber));
    expect(row).toMatchObject({
      email: input.contact?.email,
      channel: "web",
      fulfilment: "pickup",
      paymentStatus: "pending",
      totalMinor: row!.subtotalMinor,
    });
  });

  it("sells the last units exactly once when many carts race for them", async () => {
    const before = await ordersCount();
    const racers = await Promise.all(Array.from({ length: 12 }, () => guestWith(scarceId, 1)));
    const results = await Promise.allSettled(racers.map((g) => placeOrder(t.db, g, pickupAt(madrid), payments)));

    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason as Error & { code?: string }] : []));
    expect(won).toHaveLength(3);
    expect(lost).toHaveLength(9);
    for (const err of lost) {
      expect(err.code).toBe("OUT_OF_STOCK");
      expect(err.message).toMatch(/Merino Wool Jumper \(Navy, M\) is sold out/);
    }
    expect(await stockAt(t.db, scarceId, madrid)).toEqual({ onHand: 3, reserved: 3 });
    expect((await ordersCount()) - before).toBe(3);
    // A loser's checkout now says Madrid has none left for them.
    const loser = racers[results.findIndex((r) => r.status === "rejected")]!;
    const options = await checkoutOptions(t.db, loser, madrid);
    expect(options.stores.find((s) => s.id === madrid)?.short).toEqual([
      expect.objectContaining({ sku: FIXTURE_LOW_STOCK_SKU, requested: 1, available: 0 }),
    ]);
  });

  it("never deadlocks when carts with the same items in a different order race", async () => {
    const [a, b] = await otherVariants(t.db, 2, [scarceId]);
    await setStock(t.db, a!.id, madrid, 4);
    await setStock(t.db, b!.id, madrid, 4);
    const carts = await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const guest = newGuest();
        const [first, second] = i % 2 ? [a!, b!] : [b!, a!];
        await addItem(t.db, guest, first.id, 1);
        await addItem(t.db, guest, second.id, 1);
        return guest;
      }),
    );
    const results = await Promise.allSettled(carts.map((g) => placeOrder(t.db, g, pickupAt(madrid), payments)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(4);
    expect(await stockAt(t.db, a!.id, madrid)).toEqual({ onHand: 4, reserved: 4 });
    expect(await stockAt(t.db, b!.id, madrid)).toEqual({ onHand: 4, reserved: 4 });
  });

  it("names the lines a store cannot supply, and reserves nothing", async () => {
    const guest = await guestWith(scarceId, 1);
    const err = await failureOf(placeOrder(t.db, guest, pickupAt(barcelona), payments));
    expect(err.code).toBe("OUT_OF_STOCK");
    expect(err.message).toMatch(/at Mostrador Barcelona Merino Wool Jumper \(Navy, M\) is sold out/);
    expect(err.details?.lines).toEqual([
      expect.objectContaining({ sku: FIXTURE_LOW_STOCK_SKU, requested: 1, available: 0 }),
    ]);
    expect(await stockAt(t.db, scarceId, barcelona)).toEqual({ onHand: 0, reserved: 0 });
    expect((await getCart(t.db, guest)).count).toBe(1);
  });

  it("refuses an empty cart, delivery paid at pickup, and a guest with no contact", async () => {
    expect(await failureOf(placeOrder(t.db, newGuest(), pickupAt(madrid), payments))).toMatchObject({
      code: "CART_EMPTY",
    });
    const guest = await guestWith(scarceId);
    const delivery = pickupAt(madrid, { fulfilment: { type: "delivery", address } });
    expect(await failureOf(placeOrder(t.db, guest, delivery, payments))).toMatchObject({ code: "INVALID_INPUT" });
    expect(await failureOf(placeOrder(t.db, guest, pickupAt(madrid, { contact: undefined }), payments))).toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(await failureOf(placeOrder(t.db, guest, pickupAt(warehouse), payments))).toMatchObject({
      code: "NOT_A_PICKUP_STORE",
    });
  });

  it("delivers from the warehouse by card, with the delivery fee under the free threshold", async () => {
    const guest = await guestWith(scarceId, 1);
    const placed = await placeOrder(
      t.db,
      guest,
      pickupAt(madrid, { fulfilment: { type: "delivery", address }, payment: { method: "card", card: goodCard } }),
      payments,
    );
    expect(placed.pickupCode).toBeUndefined();
    const [row] = await t.db.select().from(order).where(eq(order.number, placed.orderNumber));
    expect(row).toMatchObject({
      fulfilment: "delivery",
      locationId: warehouse,
      paymentStatus: "authorized",
      deliveryAddress: address,
    });
    expect(row!.totalMinor).toBe(row!.subtotalMinor + row!.shippingMinor);
    expect(payments.inspect(row!.paymentReference!)).toBe("authorized");
    expect(await stockAt(t.db, scarceId, warehouse)).toEqual({ onHand: 40, reserved: 1 });
  });
});

describe("payment", () => {
  it("a declined card leaves nothing reserved and the cart as it was", async () => {
    const guest = await guestWith(scarceId, 2);
    const before = await ordersCount();
    const declined = { method: "card" as const, card: { ...goodCard, number: TEST_CARDS.declined } };
    const err = await failureOf(placeOrder(t.db, guest, pickupAt(madrid, { payment: declined }), payments));
    expect(err.code).toBe("PAYMENT_DECLINED");
    expect(err.message).toMatch(/declined/);
    expect(await stockAt(t.db, scarceId, madrid)).toEqual({ onHand: 3, reserved: 0 });
    expect(await ordersCount()).toBe(before);
    expect((await getCart(t.db, guest)).count).toBe(2);
  });

  it("a bank asking to try again succeeds on the retry with the same key", async () => {
    const guest = await guestWith(scarceId, 1);
    const input = pickupAt(madrid, { payment: { method: "card", card: { ...goodCard, number: TEST_CARDS.tryAgain } } });
    expect(await failureOf(placeOrder(t.db, guest, input, payments))).toMatchObject({ code: "PAYMENT_TRY_AGAIN" });
    const placed = await placeOrder(t.db, guest, input, payments);
    expect(placed.orderNumber).toMatch(/^MAD-/);
  });

  it("voids the card authorisation when the stock is gone", async () => {
    const guest = await guestWith(scarceId, 1);
    await setStock(t.db, scarceId, madrid, 3, 3);
    const voided: string[] = [];
    const spy = {
      ...payments,
      name: "spy",
      authorize: payments.authorize,
      capture: payments.capture,
      void: async (id: string) => void voided.push(id),
    };
    const err = await failureOf(
      placeOrder(t.db, guest, pickupAt(madrid, { payment: { method: "card", card: goodCard } }), spy),
    );
    expect(err.code).toBe("OUT_OF_STOCK");
    expect(voided).toHaveLength(1);
  });
});

describe("idempotent placement", () => {
  it("returns the same order for the same key and reserves once", async () => {
    const guest = await guestWith(scarceId, 1);
    const input = pickupAt(madrid);
    const first = await placeOrder(t.db, guest, input, payments);
    const again = await placeOrder(t.db, guest, input, payments);
    expect(again).toEqual(first);
    expect(await stockAt(t.db, scarceId, madrid)).toEqual({ onHand: 3, reserved: 1 });
  });

  it("places one order when calls with the same key race", async () => {
    const guest = await guestWith(scarceId, 2);
    const before = await ordersCount();
    const input = pickupAt(madrid, { payment: { method: "card", card: goodCard } });
    const results = await Promise.all(Array.from({ length: 5 }, () => placeOrder(t.db, guest, input, payments)));
    expect(new Set(results.map((r) => r.orderNumber)).size).toBe(1);
    expect((await ordersCount()) - before).toBe(1);
    expect(await stockAt(t.db, scarceId, madrid)).toEqual({ onHand: 3, reserved: 2 });
  });

  it("will not let another shopper reuse a key", async () => {
    const input = pickupAt(madrid);
    await placeOrder(t.db, await guestWith(scarceId), input, payments);
    expect(await failureOf(placeOrder(t.db, await guestWith(scarceId), input, payments))).toMatchObject({
      code: "IDEMPOTENCY_KEY_REUSED",
    });
  });
});

describe("holding stock while the customer pays", () => {
  it("keeps held units from others, turns the hold into the reservation, and lets them go on expiry", async () => {
    const payer = await guestWith(scarceId, 3);
    const hold = await holdForCheckout(t.db, payer, { type: "pickup", locationId: madrid }, 15);
    expect(hold).toMatchObject({ held: true, locationId: madrid });
    expect((await checkoutOptions(t.db, payer, madrid)).hold).toMatchObject({ locationId: madrid, type: "pickup" });

    const other = await guestWith(scarceId, 1);
    expect(await failureOf(placeOrder(t.db, other, pickupAt(madrid), payments))).toMatchObject({
      code: "OUT_OF_STOCK",
    });
    const otherOptions = await checkoutOptions(t.db, other, madrid);
    expect(otherOptions.stores.find((s) => s.id === madrid)).toMatchObject({ canSupply: false });

    await placeOrder(t.db, payer, pickupAt(madrid), payments);
    expect(await stockAt(t.db, scarceId, madrid)).toEqual({ onHand: 3, reserved: 3 });
    const [holds] = await t.db.select({ n: count() }).from(stockHold);
    expect(holds?.n).toBe(0);
  });

  it("expires by itself, moves when the customer chooses elsewhere, and ends when the cart changes", async () => {
    const payer = await guestWith(scarceId, 3);
    await holdForCheckout(t.db, payer, { type: "pickup", locationId: madrid }, 15, {
      now: new Date(Date.now() - 20 * 60_000),
    });
    await placeOrder(t.db, await guestWith(scarceId, 1), pickupAt(madrid), payments);

    await holdForCheckout(t.db, payer, { type: "pickup", locationId: madrid }, 15);
    const moved = await holdForCheckout(t.db, payer, { type: "delivery" }, 15);
    expect(moved).toMatchObject({ held: true, locationId: warehouse });
    expect((await checkoutOptions(t.db, payer, madrid)).hold).toMatchObject({ type: "delivery" });

    await addItem(t.db, payer, (await otherVariants(t.db, 1, [scarceId]))[0]!.id, 1);
    expect((await checkoutOptions(t.db, payer, madrid)).hold).toBeNull();
  });

  it("holds nothing where the whole cart cannot be supplied, and names the short lines", async () => {
    const payer = await guestWith(scarceId, 1);
    const result = await holdForCheckout(t.db, payer, { type: "pickup", locationId: barcelona }, 15);
    expect(result).toMatchObject({
      held: false,
      short: [expect.objectContaining({ name: "Merino Wool Jumper (Navy, M)", available: 0 })],
    });
    const [holds] = await t.db.select({ n: count() }).from(stockHold);
    expect(holds?.n).toBe(0);
  });

  it("lists the shopper's store first with what each store can supply", async () => {
    const guest = await guestWith(scarceId, 1);
    const options = await checkoutOptions(t.db, guest, barcelona);
    expect(options.stores[0]).toMatchObject({ id: barcelona, chosen: true, canSupply: false });
    expect(options.stores.find((s) => s.id === madrid)).toMatchObject({ canSupply: true, short: [] });
    expect(options.delivery).toMatchObject({ locationId: warehouse, canSupply: true });
    await t.db.delete(cart);
  });
});
