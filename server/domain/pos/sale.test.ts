import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { order, orderLine } from "@/db/schema";
import { DEMO_ACCOUNTS, FIXTURE_LOW_STOCK_SKU } from "@/db/seed/fixtures";
import { addItem, getCart } from "@/server/domain/cart/cart";
import type { Shopper } from "@/server/domain/customers/shopper";
import { listOrders } from "@/server/domain/orders/orders";
import { createTestPaymentProvider, TEST_CARDS } from "@/server/domain/payments/test-provider";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { sessionUserFor } from "@/server/test/session-user";
import { failureOf, locationId, newGuest, otherVariants, setStock, stockAt, variantBySku } from "@/server/test/shop";
import type { Counter } from "./counter-order";
import type { SellInput } from "./inputs";
import { sellAtCounter } from "./sale";

let t: TestDatabase;
let item: { id: string; priceMinor: number };
let madrid: string;
let counter: Counter;
let ana: Shopper;
const payments = createTestPaymentProvider();
const goodCard = { number: TEST_CARDS.visa, expiry: "12/30", cvc: "123" };

beforeAll(async () => {
  t = await createTestDatabase();
  item = await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU);
  madrid = await locationId(t.db, "madrid");
  const staff = await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid);
  counter = { store: { id: madrid, code: "MAD", name: "Mostrador Madrid" }, staffId: staff.id };
  ana = { kind: "customer", id: (await sessionUserFor(t.db, DEMO_ACCOUNTS.customer)).id };
});
afterAll(() => t.close());

beforeEach(async () => {
  await setStock(t.db, item.id, madrid, 3);
});

function sale(over: Partial<SellInput> = {}): SellInput {
  return {
    customerId: ana.id,
    source: { from: "basket", lines: [{ variantId: item.id, quantity: 1 }] },
    payment: { method: "cash" },
    idempotencyKey: randomUUID(),
    ...over,
  };
}

async function ordersCount() {
  const [row] = await t.db.select({ n: count() }).from(order);
  return row?.n ?? 0;
}

describe("selling at the counter", () => {
  it("takes the units off the store's shelf and writes a collected, paid store order", async () => {
    const sold = await sellAtCounter(
      t.db,
      counter,
      sale({
        source: { from: "basket", lines: [{ variantId: item.id, quantity: 2 }] },
        payment: { method: "cash", tenderedMinor: 2 * item.priceMinor + 500 },
      }),
      payments,
    );
    expect(sold.orderNumber).toMatch(/^MAD-\d+$/);
    expect(sold.changeMinor).toBe(500);
    expect(await stockAt(t.db, item.id, madrid)).toEqual({ onHand: 1, reserved: 0 });
    const [row] = await t.db.select().from(order).where(eq(order.number, sold.orderNumber));
    expect(row).toMatchObject({
      channel: "store",
      fulfilment: "pickup",
      status: "collected",
      paymentMethod: "cash",
      paymentStatus: "paid",
      locationId: madrid,
      soldAtLocationId: madrid,
      soldById: counter.staffId,
      customerId: ana.id,
      totalMinor: 2 * item.priceMinor,
    });
    const lines = await t.db.select().from(orderLine).where(eq(orderLine.orderId, row!.id));
    expect(lines).toEqual([
      expect.objectContaining({ variantId: item.id, quantity: 2, unitPriceMinor: item.priceMinor }),
    ]);
  });

  it("appears at once in the customer's online order history, as a store order", async () => {
    const sold = await sellAtCounter(t.db, counter, sale(), payments);
    const history = await listOrders(t.db, ana);
    // Shown to her as bought at the counter: no pickup steps, no pickup code.
    expect(history[0]).toMatchObject({
      number: sold.orderNumber,
      channel: "store",
      status: "collected",
      soldAtCounter: true,
    });
  });

  it("sells the last unit exactly once when two counters race for it", async () => {
    await setStock(t.db, item.id, madrid, 1);
    const results = await Promise.allSettled([
      sellAtCounter(t.db, counter, sale(), payments),
      sellAtCounter(t.db, counter, sale({ customerId: null }), payments),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason as Error & { code?: string }] : []));
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({
      code: "OUT_OF_STOCK",
      message: expect.stringMatching(/At Mostrador Madrid Merino Wool Jumper \(Navy, M\) is sold out/),
    });
    expect(await stockAt(t.db, item.id, madrid)).toEqual({ onHand: 0, reserved: 0 });
  });

  it("never sells units an online order has reserved", async () => {
    await setStock(t.db, item.id, madrid, 2, 2);
    expect(await failureOf(sellAtCounter(t.db, counter, sale(), payments))).toMatchObject({ code: "OUT_OF_STOCK" });
    expect(await stockAt(t.db, item.id, madrid)).toEqual({ onHand: 2, reserved: 2 });
  });

  it("sells to a walk-in customer with no account", async () => {
    const sold = await sellAtCounter(t.db, counter, sale({ customerId: null }), payments);
    const [row] = await t.db.select().from(order).where(eq(order.number, sold.orderNumber));
    expect(row).toMatchObject({
      customerId: null,
      guestId: null,
      email: "",
      contactName: "Walk-in customer",
      channel: "store",
    });
    expect(
      await failureOf(sellAtCounter(t.db, counter, sale({ customerId: null, source: { from: "cart" } }), payments)),
    ).toMatchObject({ code: "INVALID_INPUT" });
  });

  it("charges a card at once; a declined card writes nothing and takes no stock", async () => {
    const paid = await sellAtCounter(t.db, counter, sale({ payment: { method: "card", card: goodCard } }), payments);
    const [row] = await t.db.select().from(order).where(eq(order.number, paid.orderNumber));
    expect(row).toMatchObject({ paymentMethod: "card", paymentStatus: "paid" });
    expect(payments.inspect(row!.paymentReference!)).toBe("captured");

    const before = await ordersCount();
    const err = await failureOf(
      sellAtCounter(
        t.db,
        counter,
        sale({ payment: { method: "card", card: { ...goodCard, number: TEST_CARDS.declined } } }),
        payments,
      ),
    );
    expect(err).toMatchObject({
      code: "PAYMENT_DECLINED",
      message: expect.stringMatching(/declined.*another card, or take cash/),
    });
    expect(await ordersCount()).toBe(before);
    expect(await stockAt(t.db, item.id, madrid)).toEqual({ onHand: 2, reserved: 0 });
  });

  it("returns the same order when a sale is retried with its key, and sells once", async () => {
    const input = sale();
    const first = await sellAtCounter(t.db, counter, input, payments);
    const again = await Promise.all([
      sellAtCounter(t.db, counter, input, payments),
      sellAtCounter(t.db, counter, input, payments),
    ]);
    expect(again.map((a) => a.orderNumber)).toEqual([first.orderNumber, first.orderNumber]);
    expect(await stockAt(t.db, item.id, madrid)).toEqual({ onHand: 2, reserved: 0 });
    const otherStaff = { ...counter, staffId: (await sessionUserFor(t.db, DEMO_ACCOUNTS.staffBarcelona)).id };
    expect(await failureOf(sellAtCounter(t.db, otherStaff, input, payments))).toMatchObject({
      code: "IDEMPOTENCY_KEY_REUSED",
    });
  });

  it("sells the customer's own cart and empties it", async () => {
    await addItem(t.db, ana, item.id, 2);
    const cart = await getCart(t.db, ana);
    const sold = await sellAtCounter(
      t.db,
      counter,
      sale({ source: { from: "cart" }, expectedTotalMinor: cart.subtotal.amountMinor }),
      payments,
    );
    expect(sold.totalMinor).toBe(cart.subtotal.amountMinor);
    expect((await getCart(t.db, ana)).lines).toEqual([]);
    expect(await stockAt(t.db, item.id, madrid)).toEqual({ onHand: 1, reserved: 0 });
    expect(await failureOf(sellAtCounter(t.db, counter, sale({ source: { from: "cart" } }), payments))).toMatchObject({
      code: "CART_EMPTY",
    });
  });

  it("stops when the total staff read out is no longer the price, and when cash does not cover it", async () => {
    expect(
      await failureOf(sellAtCounter(t.db, counter, sale({ expectedTotalMinor: item.priceMinor - 100 }), payments)),
    ).toMatchObject({ code: "PRICE_CHANGED" });
    expect(
      await failureOf(
        sellAtCounter(t.db, counter, sale({ payment: { method: "cash", tenderedMinor: 100 } }), payments),
      ),
    ).toMatchObject({ code: "INVALID_INPUT" });
    expect(await stockAt(t.db, item.id, madrid)).toEqual({ onHand: 3, reserved: 0 });
  });

  it("counts a shopper's checkout hold against the counter, like any other cart", async () => {
    const [other] = await otherVariants(t.db, 1, [item.id]);
    await setStock(t.db, other!.id, madrid, 1);
    const guest = newGuest();
    await addItem(t.db, guest, other!.id, 1);
    const { holdForCheckout } = await import("@/server/domain/checkout/checkout");
    await holdForCheckout(t.db, guest, { type: "pickup", locationId: madrid }, 15);
    const err = await failureOf(
      sellAtCounter(
        t.db,
        counter,
        sale({ source: { from: "basket", lines: [{ variantId: other!.id, quantity: 1 }] } }),
        payments,
      ),
    );
    expect(err.code).toBe("OUT_OF_STOCK");
  });
});
