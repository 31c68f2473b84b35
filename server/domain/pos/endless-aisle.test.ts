import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { order } from "@/db/schema";
import { DEMO_ACCOUNTS, FIXTURE_LOW_STOCK_SKU } from "@/db/seed/fixtures";
import { orderElsewhereInput } from "@/server/domain/pos/inputs";
import { listOrders } from "@/server/domain/orders/orders";
import { createTestPaymentProvider, TEST_CARDS } from "@/server/domain/payments/test-provider";
import { pickupQueue } from "@/server/domain/pickup/pickup";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { sessionUserFor } from "@/server/test/session-user";
import { failureOf, locationId, setStock, stockAt, variantBySku } from "@/server/test/shop";
import type { Counter } from "./counter-order";
import { orderElsewhere } from "./endless-aisle";
import { findItem } from "./find-item";
import type { OrderElsewhereInput } from "./inputs";

let t: TestDatabase;
let item: { id: string; sku: string; barcode: string };
let madrid: string;
let valencia: string;
let warehouse: string;
let counter: Counter;
let anaId: string;
const payments = createTestPaymentProvider();
const address = {
  name: "Ana García",
  line1: "Calle Mayor 1",
  city: "Madrid",
  postalCode: "28013",
  country: "ES" as const,
};

beforeAll(async () => {
  t = await createTestDatabase();
  item = await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU);
  madrid = await locationId(t.db, "madrid");
  valencia = await locationId(t.db, "valencia");
  warehouse = await locationId(t.db, "warehouse");
  counter = {
    store: { id: madrid, code: "MAD", name: "Mostrador Madrid" },
    staffId: (await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid)).id,
  };
  anaId = (await sessionUserFor(t.db, DEMO_ACCOUNTS.customer)).id;
});
afterAll(() => t.close());

beforeEach(async () => {
  await setStock(t.db, item.id, madrid, 0);
  await setStock(t.db, item.id, valencia, 2);
  await setStock(t.db, item.id, warehouse, 10);
});

function elsewhere(over: Partial<OrderElsewhereInput> = {}): OrderElsewhereInput {
  return {
    customerId: anaId,
    lines: [{ variantId: item.id, quantity: 1 }],
    fulfilment: { type: "pickup", locationId: valencia },
    payment: { method: "pay_at_pickup" },
    idempotencyKey: randomUUID(),
    ...over,
  };
}

describe("finding an item at the counter", () => {
  it("by scan or SKU, with none here and where else it is", async () => {
    for (const code of [item.barcode, item.sku.toLowerCase()]) {
      const found = await findItem(t.db, madrid, code);
      expect(found.exact).toBe(true);
      expect(found.items).toEqual([
        expect.objectContaining({
          variantId: item.id,
          here: 0,
          elsewhere: expect.arrayContaining([
            expect.objectContaining({ locationId: valencia, available: 2 }),
            expect.objectContaining({ locationId: warehouse, available: 10 }),
          ]),
        }),
      ]);
    }
    const byName = await findItem(t.db, madrid, "merino jumper");
    expect(byName.exact).toBe(false);
    expect(byName.items.map((i) => i.variantId)).toContain(item.id);
    expect((await findItem(t.db, madrid, "zzqx nothing")).items).toEqual([]);
  });
});

describe("ordering what the store lacks (endless aisle)", () => {
  it("reserves at the other store and lands in its pickup queue and the customer's history", async () => {
    const placed = await orderElsewhere(t.db, counter, elsewhere(), payments);
    expect(placed).toMatchObject({
      orderNumber: expect.stringMatching(/^VLC-\d+$/),
      status: "placed",
      fulfilment: "pickup",
      pickupCode: expect.stringMatching(/^\d{6}$/),
    });
    expect(await stockAt(t.db, item.id, valencia)).toEqual({ onHand: 2, reserved: 1 });
    expect(await stockAt(t.db, item.id, madrid)).toEqual({ onHand: 0, reserved: 0 });
    expect((await pickupQueue(t.db, valencia)).map((o) => o.orderNumber)).toContain(placed.orderNumber);
    expect((await pickupQueue(t.db, madrid)).map((o) => o.orderNumber)).not.toContain(placed.orderNumber);
    const [row] = await t.db.select().from(order).where(eq(order.number, placed.orderNumber));
    expect(row).toMatchObject({
      channel: "store",
      locationId: valencia,
      soldAtLocationId: madrid,
      soldById: counter.staffId,
      paymentStatus: "pending",
    });
    // Paid at pickup: kept for the customer a week, as a web order is (staff are not limited per client).
    expect(row!.collectBy!.getTime() - row!.placedAt.getTime()).toBeGreaterThan(7 * 24 * 60 * 60 * 1000 - 60_000);
    expect(row!.collectBy!.getTime() - row!.placedAt.getTime()).toBeLessThan(7 * 24 * 60 * 60 * 1000 + 60_000);
    // A pickup to collect elsewhere, with its code: not a counter sale.
    const inHistory = (await listOrders(t.db, { kind: "customer", id: anaId })).find(
      (o) => o.number === placed.orderNumber,
    );
    expect(inHistory).toMatchObject({ soldAtCounter: false, fulfilment: "pickup" });
    expect(inHistory?.pickupCode).toMatch(/^\d{6}$/);
  });

  it("delivers from the warehouse, paid by card at the counter (charged at dispatch)", async () => {
    const placed = await orderElsewhere(
      t.db,
      counter,
      elsewhere({
        fulfilment: { type: "delivery", address },
        payment: { method: "card", card: { number: TEST_CARDS.visa, expiry: "12/30", cvc: "123" } },
      }),
      payments,
    );
    expect(placed.orderNumber).toMatch(/^MAD-/);
    const [row] = await t.db.select().from(order).where(eq(order.number, placed.orderNumber));
    expect(row).toMatchObject({
      fulfilment: "delivery",
      locationId: warehouse,
      paymentStatus: "authorized",
      deliveryAddress: address,
      collectBy: null,
    });
    expect(row!.totalMinor).toBe(row!.subtotalMinor + row!.shippingMinor);
    expect(await stockAt(t.db, item.id, warehouse)).toEqual({ onHand: 10, reserved: 1 });
  });

  it("refuses a place that cannot supply it, and a walk-in with no contact", async () => {
    await setStock(t.db, item.id, valencia, 0);
    expect(await failureOf(orderElsewhere(t.db, counter, elsewhere(), payments))).toMatchObject({
      code: "OUT_OF_STOCK",
      message: expect.stringMatching(/At Mostrador Valencia .* sold out/),
    });
    expect(
      await failureOf(
        orderElsewhere(t.db, counter, elsewhere({ fulfilment: { type: "pickup", locationId: warehouse } }), payments),
      ),
    ).toMatchObject({ code: "NOT_A_PICKUP_STORE" });
    // Cash for a pickup elsewhere is taken where it is collected.
    const cashForPickup = orderElsewhereInput.safeParse(elsewhere({ payment: { method: "cash" } }));
    expect(cashForPickup.error?.issues[0]).toMatchObject({
      path: ["payment"],
      message: expect.stringMatching(/pay when they collect/),
    });
    const walkIn = await orderElsewhere(
      t.db,
      counter,
      elsewhere({
        customerId: null,
        contact: { name: "Luis", email: "luis@example.com" },
        fulfilment: { type: "delivery", address },
        payment: { method: "cash" },
      }),
      payments,
    );
    const [row] = await t.db.select().from(order).where(eq(order.number, walkIn.orderNumber));
    expect(row).toMatchObject({
      customerId: null,
      email: "luis@example.com",
      paymentMethod: "cash",
      paymentStatus: "paid",
    });
  });
});
