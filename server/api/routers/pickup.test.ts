import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, FIXTURE_LOW_STOCK_SKU } from "@/db/seed/fixtures";
import { eventBus } from "@/server/domain/events/bus";
import type { DomainEvent } from "@/server/domain/events/events";
import { callerFor, sessionUserFor, trpcCodeOf } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { locationId, setStock, stockAt, variantBySku } from "@/server/test/shop";

let t: TestDatabase;
let madrid: string;
let orderNumber: string;
beforeAll(async () => {
  t = await createTestDatabase();
  madrid = await locationId(t.db, "madrid");
  const variantId = (await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU)).id;
  await setStock(t.db, variantId, madrid, 5);
  const ana = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.customer)).api;
  await ana.cart.addItem({ variantId, quantity: 2 });
  ({ orderNumber } = await ana.checkout.placeOrder({
    idempotencyKey: randomUUID(),
    fulfilment: { type: "pickup", locationId: madrid },
    payment: { method: "pay_at_pickup" },
  }));
});
afterAll(() => t.close());

describe("the pickup queue", () => {
  it("shows a store's staff the click-and-collect orders of their store only", async () => {
    const madridStaff = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid)).api;
    const barcelonaStaff = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.staffBarcelona)).api;
    expect((await madridStaff.pickup.queue()).map((o) => [o.orderNumber, o.status, o.itemCount])).toContainEqual([
      orderNumber,
      "placed",
      2,
    ]);
    expect((await barcelonaStaff.pickup.queue()).map((o) => o.orderNumber)).not.toContain(orderNumber);
    expect(await trpcCodeOf(barcelonaStaff.pickup.startPicking({ orderNumber }))).toBe("NOT_FOUND");
  });

  it("refuses shoppers and guests", async () => {
    const ana = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.customer)).api;
    expect(await trpcCodeOf(ana.pickup.queue())).toBe("FORBIDDEN");
    expect(await trpcCodeOf(ana.pickup.markReady({ orderNumber }))).toBe("FORBIDDEN");
    expect(await trpcCodeOf(callerFor(t).api.pickup.queue())).toBe("UNAUTHORIZED");
  });

  it("moves an order to picking then ready, records who and where, and announces it live", async () => {
    const staff = await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid);
    const api = callerFor(t, staff).api;
    const seen: DomainEvent[] = [];
    const stop = eventBus().subscribe((e) => seen.push(e.event));
    expect(await api.pickup.startPicking({ orderNumber })).toEqual({ orderNumber, status: "picking" });
    expect(await trpcCodeOf(api.pickup.startPicking({ orderNumber }))).toBe("CONFLICT");
    // Nothing picked yet: it can't wait at the counter.
    expect(await trpcCodeOf(api.pickup.markReady({ orderNumber }))).toBe("CONFLICT");
    await api.pickup.pickAll({ orderNumber });
    expect(await api.pickup.markReady({ orderNumber })).toEqual({ orderNumber, status: "ready" });
    await new Promise((resolve) => setImmediate(resolve));
    stop();
    expect(seen).toContainEqual(
      expect.objectContaining({ type: "order.updated", number: orderNumber, status: "ready", locationId: madrid }),
    );
    expect(seen).toContainEqual({ type: "pickup.queue", locationId: madrid });

    const ana = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.customer)).api;
    const order = await ana.orders.get({ number: orderNumber });
    expect(order.status).toBe("ready");
    expect(order.timeline.map((e) => [e.status, e.channel])).toEqual([
      ["placed", "web"],
      ["picking", "store"],
      ["ready", "store"],
    ]);
  });
});

describe("handover and cancellation", () => {
  async function readyOrder(
    payment: { method: "pay_at_pickup" } | { method: "card"; card: { number: string; expiry: string; cvc: string } } = {
      method: "pay_at_pickup",
    },
  ) {
    const variantId = (await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU)).id;
    const ben = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.customerNoStore)).api;
    await ben.cart.addItem({ variantId, quantity: 1 });
    const placed = await ben.checkout.placeOrder({
      idempotencyKey: randomUUID(),
      fulfilment: { type: "pickup", locationId: madrid },
      payment,
    });
    const staff = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid)).api;
    await staff.pickup.pickAll({ orderNumber: placed.orderNumber });
    await staff.pickup.markReady({ orderNumber: placed.orderNumber });
    return { ...placed, variantId, staff, ben };
  }

  it("hands over with the right code, taking payment at the counter, and the units leave the store", async () => {
    const { orderNumber, pickupCode, variantId, staff, ben } = await readyOrder();
    const before = await stockAt(t.db, variantId, madrid);
    expect(
      await trpcCodeOf(
        staff.pickup.handover({
          orderNumber,
          pickupCode: "000000" === pickupCode ? "111111" : "000000",
          paidWith: "cash",
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect(await trpcCodeOf(staff.pickup.handover({ orderNumber, pickupCode: pickupCode! }))).toBe("BAD_REQUEST");
    expect(await staff.pickup.handover({ orderNumber, pickupCode: pickupCode!, paidWith: "cash" })).toEqual({
      orderNumber,
      status: "collected",
    });
    expect(await stockAt(t.db, variantId, madrid)).toEqual({
      onHand: before.onHand - 1,
      reserved: before.reserved - 1,
    });
    const order = await ben.orders.get({ number: orderNumber });
    expect(order).toMatchObject({ status: "collected", paymentStatus: "paid" });
    expect(order.timeline.at(-1)).toMatchObject({ status: "collected", channel: "store" });
    expect(await trpcCodeOf(staff.pickup.handover({ orderNumber, pickupCode: pickupCode!, paidWith: "cash" }))).toBe(
      "CONFLICT",
    );
  });

  it("slows down repeated wrong codes", async () => {
    const { orderNumber, pickupCode, staff } = await readyOrder();
    const wrong = pickupCode === "123456" ? "654321" : "123456";
    for (let i = 0; i < 3; i++)
      expect(await trpcCodeOf(staff.pickup.handover({ orderNumber, pickupCode: wrong, paidWith: "card" }))).toBe(
        "BAD_REQUEST",
      );
    expect(await trpcCodeOf(staff.pickup.handover({ orderNumber, pickupCode: pickupCode!, paidWith: "card" }))).toBe(
      "TOO_MANY_REQUESTS",
    );
  });

  it("cancels with a reason, releasing the reserved units", async () => {
    const { orderNumber, variantId, staff, ben } = await readyOrder();
    const before = await stockAt(t.db, variantId, madrid);
    expect(await trpcCodeOf(staff.pickup.cancel({ orderNumber, reason: "" }))).toBe("BAD_REQUEST");
    expect(await staff.pickup.cancel({ orderNumber, reason: "Customer called to cancel" })).toEqual({
      orderNumber,
      status: "cancelled",
    });
    expect(await stockAt(t.db, variantId, madrid)).toEqual({ onHand: before.onHand, reserved: before.reserved - 1 });
    expect((await ben.orders.get({ number: orderNumber })).timeline.at(-1)).toMatchObject({
      status: "cancelled",
      note: "Customer called to cancel",
    });
  });
});
