import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interaction } from "@/db/schema";
import { DEMO_ACCOUNTS, FIXTURE_LOW_STOCK_SKU } from "@/db/seed/fixtures";
import { getCart } from "@/server/domain/cart/cart";
import { eventBus } from "@/server/domain/events/bus";
import type { DomainEvent } from "@/server/domain/events/events";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { sessionUserFor } from "@/server/test/session-user";
import { failureOf, variantBySku } from "@/server/test/shop";
import { addToCustomerCart, removeFromCustomerCart, setCustomerCartQuantity } from "./serve";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe("staff serving a customer's cart", () => {
  it("adds to the customer's own cart, announces it to their devices, and records who added it", async () => {
    const ana = await sessionUserFor(t.db, DEMO_ACCOUNTS.customer);
    const staff = await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid);
    const item = await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU);
    const heard: DomainEvent[] = [];
    const stop = eventBus().subscribe((e) => heard.push(e.event));
    try {
      await addToCustomerCart(t.db, staff.id, ana.id, item.id, 2);
      // The in-process bus delivers on the next turn of the event loop.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      stop();
    }
    // What the customer sees on their phone: their own cart.
    const own = await getCart(t.db, { kind: "customer", id: ana.id });
    expect(own.lines).toEqual([expect.objectContaining({ variantId: item.id, quantity: 2 })]);
    expect(heard).toContainEqual(expect.objectContaining({ type: "cart.updated", owner: `customer:${ana.id}` }));
    const [added] = await t.db.select().from(interaction).where(eq(interaction.customerId, ana.id));
    expect(added).toMatchObject({
      channel: "store",
      kind: "add_to_cart",
      payload: expect.objectContaining({ addedBy: staff.id }),
    });

    expect((await setCustomerCartQuantity(t.db, ana.id, item.id, 1)).count).toBe(1);
    expect((await removeFromCustomerCart(t.db, ana.id, item.id)).count).toBe(0);
  });

  it("serves customers only", async () => {
    const staff = await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid);
    const item = await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU);
    expect(await failureOf(addToCustomerCart(t.db, staff.id, staff.id, item.id, 1))).toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
