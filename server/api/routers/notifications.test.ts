import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { notification } from "@/db/schema";
import { DEMO_ACCOUNTS, FIXTURE_LOW_STOCK_SKU } from "@/db/seed/fixtures";
import { callerFor, sessionUserFor, trpcCodeOf } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { locationId, setStock, variantBySku } from "@/server/test/shop";

let t: TestDatabase;
let orderNumber: string;
beforeAll(async () => {
  t = await createTestDatabase();
  const madrid = await locationId(t.db, "madrid");
  const variantId = (await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU)).id;
  await setStock(t.db, variantId, madrid, 5);
  // A guest's order: their messages go to the email they gave at checkout.
  const guest = callerFor(t, null).api;
  await guest.cart.addItem({ variantId, quantity: 1 });
  ({ orderNumber } = await guest.checkout.placeOrder({
    idempotencyKey: randomUUID(),
    contact: { email: "guest.mail@example.com", name: "Gus Guest" },
    fulfilment: { type: "pickup", locationId: madrid },
    payment: { method: "pay_at_pickup" },
  }));
});
afterAll(() => t.close());
beforeEach(() => t.db.delete(notification));

describe("the store mailbox", () => {
  it("shows a store's staff the messages about its orders, newest first, and nobody else", async () => {
    const staff = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid)).api;
    await staff.pickup.pickAll({ orderNumber });
    await staff.pickup.markReady({ orderNumber });
    const list = await staff.notifications.list();
    expect(list[0]).toMatchObject({
      kind: "order_ready",
      toEmail: "guest.mail@example.com",
      orderNumber,
      status: "pending",
    });
    const message = await staff.notifications.get({ id: list[0]!.id });
    expect(message.body).toContain(`Your order ${orderNumber} is ready for pickup at Mostrador Madrid`);

    const barcelona = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.staffBarcelona)).api;
    expect(await barcelona.notifications.list()).toEqual([]);
    expect(await trpcCodeOf(barcelona.notifications.get({ id: list[0]!.id }))).toBe("NOT_FOUND");
    const ana = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.customer)).api;
    expect(await trpcCodeOf(ana.notifications.list())).toBe("FORBIDDEN");
    expect(await trpcCodeOf(callerFor(t).api.notifications.get({ id: list[0]!.id }))).toBe("UNAUTHORIZED");
  });
});
