import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, FIXTURE_LOW_STOCK_SKU } from "@/db/seed/fixtures";
import { callerFor, sessionUserFor } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { locationId, setStock, variantBySku } from "@/server/test/shop";

let t: TestDatabase;
let variantId: string;
let madrid: string;
let barcelona: string;
beforeAll(async () => {
  t = await createTestDatabase();
  variantId = (await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU)).id;
  madrid = await locationId(t.db, "madrid");
  barcelona = await locationId(t.db, "barcelona");
  await setStock(t.db, variantId, madrid, 5);
  await setStock(t.db, variantId, barcelona, 5);
});
afterAll(() => t.close());

describe("subscriptions are authorised when they open", () => {
  async function refusal(open: () => Promise<unknown>) {
    const err = await open().then(
      () => null,
      (e: unknown) => e as { code?: string },
    );
    return err?.code;
  }

  it("refuses another customer's order, a guest's order list, and other stores' pickup queues", async () => {
    const ana = await sessionUserFor(t.db, DEMO_ACCOUNTS.customer);
    const ben = await sessionUserFor(t.db, DEMO_ACCOUNTS.customerNoStore);
    const staffMadrid = await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid);
    const asAna = callerFor(t, ana).api;
    await asAna.cart.addItem({ variantId, quantity: 1 });
    const placed = await asAna.checkout.placeOrder({
      idempotencyKey: randomUUID(),
      fulfilment: { type: "pickup", locationId: madrid },
      payment: { method: "pay_at_pickup" },
    });

    expect(await refusal(() => callerFor(t, ben).api.live.order({ number: placed.orderNumber }))).toBe("NOT_FOUND");
    expect(await refusal(() => callerFor(t).api.live.order({ number: placed.orderNumber }))).toBe("NOT_FOUND");
    expect(await refusal(() => callerFor(t).api.live.myOrders())).toBe("UNAUTHORIZED");
    expect(await refusal(() => callerFor(t, ana).api.live.pickupQueue())).toBe("FORBIDDEN");
    expect(await refusal(() => callerFor(t, staffMadrid).api.live.pickupQueue())).toBeUndefined();
  });

  it("tells a store's staff about their own store's pickup orders only", async () => {
    const ana = await sessionUserFor(t.db, DEMO_ACCOUNTS.customer);
    const staffMadrid = await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid);
    await new Promise((resolve) => setImmediate(resolve)); // earlier tests' events are delivered
    const controller = new AbortController();
    const madridQueue = await callerFor(t, staffMadrid, {}, { signal: controller.signal }).api.live.pickupQueue();
    const received: unknown[] = [];
    const reading = (async () => {
      for await (const update of madridQueue) received.push(update);
    })();
    const asAna = callerFor(t, ana).api;
    for (const store of [barcelona, madrid]) {
      await asAna.cart.addItem({ variantId, quantity: 1 });
      await asAna.checkout.placeOrder({
        idempotencyKey: randomUUID(),
        fulfilment: { type: "pickup", locationId: store },
        payment: { method: "pay_at_pickup" },
      });
    }
    await new Promise((r) => setTimeout(r, 50));
    controller.abort();
    await reading;
    // Each update is tracked: [event id, data].
    expect(received).toEqual([expect.arrayContaining([{ locationId: madrid }])]);
  });

  it("streams a customer's cart changes from another device, and nobody else's", async () => {
    const ana = await sessionUserFor(t.db, DEMO_ACCOUNTS.customer);
    const ben = await sessionUserFor(t.db, DEMO_ACCOUNTS.customerNoStore);
    await new Promise((resolve) => setImmediate(resolve)); // earlier tests' events are delivered
    const controller = new AbortController();
    const anaStream = await callerFor(t, ana, {}, { signal: controller.signal }).api.live.cart();
    const received: unknown[] = [];
    const reading = (async () => {
      for await (const update of anaStream) received.push(update);
    })();
    await callerFor(t, ben).api.cart.addItem({ variantId, quantity: 1 });
    await callerFor(t, ana).api.cart.addItem({ variantId, quantity: 1 });
    await new Promise((r) => setTimeout(r, 50));
    controller.abort();
    await reading;
    expect(received).toHaveLength(1);
  });
});
