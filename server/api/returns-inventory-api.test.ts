import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stockMovement } from "@/db/schema";
import { DEMO_ACCOUNTS, FIXTURE_LOW_STOCK_SKU } from "@/db/seed/fixtures";
import { setPaymentProviderForTests } from "@/server/domain/payments/provider";
import { createTestPaymentProvider } from "@/server/domain/payments/test-provider";
import { callerFor, sessionUserFor, trpcCodeOf } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { locationId, setStock, stockAt, variantBySku } from "@/server/test/shop";
import type { SessionUser } from "./trpc";

let t: TestDatabase;
let madrid: string;
let barcelona: string;
let variantId: string;
let staffMadrid: SessionUser;
let orderNumber: string;
let orderLineId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  setPaymentProviderForTests(createTestPaymentProvider());
  madrid = await locationId(t.db, "madrid");
  barcelona = await locationId(t.db, "barcelona");
  variantId = (await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU)).id;
  await setStock(t.db, variantId, madrid, 5);
  await setStock(t.db, variantId, barcelona, 5);
  staffMadrid = await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid);
  // Ana collects an order in Barcelona, paying at the counter.
  const ana = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.customer)).api;
  await ana.cart.addItem({ variantId, quantity: 2 });
  const placed = await ana.checkout.placeOrder({
    idempotencyKey: randomUUID(),
    fulfilment: { type: "pickup", locationId: barcelona },
    payment: { method: "pay_at_pickup" },
  });
  orderNumber = placed.orderNumber;
  const bcn = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.staffBarcelona)).api;
  await bcn.pickup.pickAll({ orderNumber });
  await bcn.pickup.markReady({ orderNumber });
  await bcn.pickup.handover({ orderNumber, pickupCode: placed.pickupCode!, paidWith: "card" });
  orderLineId = (await bcn.returns.lookup({ orderNumber })).lines[0]!.orderLineId;
});
afterAll(() => {
  setPaymentProviderForTests(null);
  return t.close();
});

/** Every console call of both routers, with inputs a staff member could send. */
function everyCall(api: ReturnType<typeof callerFor>["api"]) {
  return {
    "returns.lookup": () => api.returns.lookup({ orderNumber }),
    "returns.create": () =>
      api.returns.create({ orderNumber, lines: [{ orderLineId, quantity: 1 }], reason: "Too small" }),
    "inventory.levels": () => api.inventory.levels({ query: "" }),
    "inventory.receive": () => api.inventory.receive({ lines: [{ variantId, quantity: 1 }], reason: "Delivery 1" }),
    "inventory.correct": () => api.inventory.correct({ variantId, countedOnHand: 4, reason: "Shelf count" }),
    "inventory.history": () => api.inventory.history({ variantId }),
  };
}

describe("returns and stock over the API", () => {
  it("refuses shoppers and guests on every call, and changes nothing", async () => {
    const ana = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.customer)).api;
    const before = await stockAt(t.db, variantId, madrid);
    for (const [name, call] of Object.entries(everyCall(ana))) expect(await trpcCodeOf(call()), name).toBe("FORBIDDEN");
    for (const [name, call] of Object.entries(everyCall(callerFor(t).api)))
      expect(await trpcCodeOf(call()), name).toBe("UNAUTHORIZED");
    expect(await stockAt(t.db, variantId, madrid)).toEqual(before);
  });

  it("acts on the staff member's own store only, whatever the request carries", async () => {
    const api = callerFor(t, staffMadrid, { mostrador_console_store: barcelona, mostrador_store: barcelona }).api;
    const bcnBefore = await stockAt(t.db, variantId, barcelona);
    const received = await api.inventory.receive({ lines: [{ variantId, quantity: 3 }], reason: "Delivery 2" });
    expect(received.items[0]).toMatchObject({ onHand: 8 });
    // Extra fields naming another store are dropped by the input schema.
    await api.inventory.correct({ variantId, countedOnHand: 6, reason: "Shelf count", locationId: barcelona } as never);
    expect(await stockAt(t.db, variantId, madrid)).toMatchObject({ onHand: 6 });
    expect(await stockAt(t.db, variantId, barcelona)).toEqual(bcnBefore);
    const levels = await api.inventory.levels({ query: FIXTURE_LOW_STOCK_SKU });
    expect(levels.items[0]).toMatchObject({ onHand: 6 });
    expect((await api.inventory.history({ variantId })).movements.map((m) => m.kind)).toEqual(["count", "received"]);
    const bcnMovements = await t.db
      .select()
      .from(stockMovement)
      .where(and(eq(stockMovement.locationId, barcelona), eq(stockMovement.variantId, variantId)));
    expect(bcnMovements).toEqual([]);
  });

  it("returns a Barcelona order at the Madrid counter: Madrid's shelf, refunded in cash", async () => {
    const api = callerFor(t, staffMadrid).api;
    const madridBefore = await stockAt(t.db, variantId, madrid);
    const bcnBefore = await stockAt(t.db, variantId, barcelona);
    expect(
      await trpcCodeOf(api.returns.create({ orderNumber, lines: [{ orderLineId, quantity: 3 }], reason: "Too small" })),
    ).toBe("CONFLICT");
    expect(
      await trpcCodeOf(api.returns.create({ orderNumber, lines: [{ orderLineId, quantity: 1 }], reason: "" })),
    ).toBe("BAD_REQUEST");
    const done = await api.returns.create({ orderNumber, lines: [{ orderLineId, quantity: 1 }], reason: "Too small" });
    expect(done).toMatchObject({
      refundMethod: "cash",
      refund: { amountMinor: expect.any(Number) },
      store: "Mostrador Madrid",
      fullyRefunded: false,
    });
    expect((await stockAt(t.db, variantId, madrid)).onHand).toBe(madridBefore.onHand + 1);
    expect(await stockAt(t.db, variantId, barcelona)).toEqual(bcnBefore);
    const after = await api.returns.lookup({ orderNumber: orderNumber.toLowerCase() });
    expect(after.lines[0]).toMatchObject({ returned: 1, returnable: 1 });
    expect(after.returns[0]).toMatchObject({ store: "Mostrador Madrid", staff: "Lucía Romero", reason: "Too small" });
    // The customer sees it in their order's history.
    const ana = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.customer)).api;
    expect((await ana.orders.get({ number: orderNumber })).timeline.at(-1)).toMatchObject({
      status: "collected",
      channel: "store",
      note: expect.stringContaining("Too small"),
    });
  });
});
