import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, FIXTURE_LOW_STOCK_SKU } from "@/db/seed/fixtures";
import { callerFor, sessionUserFor, trpcCodeOf } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { locationId, setStock, stockAt, variantBySku } from "@/server/test/shop";
import { CONSOLE_STORE_COOKIE } from "./trpc";

let t: TestDatabase;
let madrid: string;
let barcelona: string;
let itemId: string;
let anaId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  madrid = await locationId(t.db, "madrid");
  barcelona = await locationId(t.db, "barcelona");
  itemId = (await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU)).id;
  anaId = (await sessionUserFor(t.db, DEMO_ACCOUNTS.customer)).id;
});
afterAll(() => t.close());

type Api = ReturnType<typeof callerFor>["api"];

/** Every counter procedure, with valid input: only who calls differs. */
function everyCounterCall(api: Api): Array<[string, () => Promise<unknown>]> {
  const lines = [{ variantId: itemId, quantity: 1 }];
  return [
    ["customers.find", () => api.customers.find({ query: "ana" })],
    ["customers.get", () => api.customers.get({ customerId: anaId })],
    ["customers.addToCart", () => api.customers.addToCart({ customerId: anaId, variantId: itemId, quantity: 1 })],
    [
      "customers.setCartQuantity",
      () => api.customers.setCartQuantity({ customerId: anaId, variantId: itemId, quantity: 1 }),
    ],
    ["customers.removeFromCart", () => api.customers.removeFromCart({ customerId: anaId, variantId: itemId })],
    ["live.customerCart", () => api.live.customerCart({ customerId: anaId })],
    ["pos.findItem", () => api.pos.findItem({ code: FIXTURE_LOW_STOCK_SKU })],
    [
      "pos.sell",
      () =>
        api.pos.sell({
          customerId: anaId,
          source: { from: "basket", lines },
          payment: { method: "cash" },
          idempotencyKey: randomUUID(),
        }),
    ],
    [
      "pos.orderElsewhere",
      () =>
        api.pos.orderElsewhere({
          customerId: anaId,
          lines,
          fulfilment: { type: "pickup", locationId: barcelona },
          payment: { method: "pay_at_pickup" },
          idempotencyKey: randomUUID(),
        }),
    ],
  ];
}

describe("who may use the counter", () => {
  it("refuses shoppers (FORBIDDEN) and guests (UNAUTHORIZED) on every customers.* and pos.* call", async () => {
    const ana = await sessionUserFor(t.db, DEMO_ACCOUNTS.customer);
    for (const [who, api, code] of [
      ["shopper", callerFor(t, ana).api, "FORBIDDEN"],
      ["guest", callerFor(t).api, "UNAUTHORIZED"],
    ] as const) {
      for (const [name, call] of everyCounterCall(api)) {
        expect(`${who} ${name}: ${await trpcCodeOf(call())}`).toBe(`${who} ${name}: ${code}`);
      }
    }
    expect(await stockAt(t.db, itemId, madrid)).toMatchObject({ reserved: 0 });
  });

  it("sells from the staff member's own store's stock, whatever location the request names", async () => {
    await setStock(t.db, itemId, madrid, 2);
    await setStock(t.db, itemId, barcelona, 2);
    const staff = await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid);
    const api = callerFor(t, staff, { [CONSOLE_STORE_COOKIE]: barcelona }).api;
    const input = {
      customerId: anaId,
      source: { from: "basket" as const, lines: [{ variantId: itemId, quantity: 1 }] },
      payment: { method: "cash" as const },
      idempotencyKey: randomUUID(),
      // Not part of the API: a client cannot choose the selling store.
      locationId: barcelona,
      storeId: barcelona,
    };
    const sold = await api.pos.sell(input);
    expect(sold.orderNumber).toMatch(/^MAD-/);
    expect(await stockAt(t.db, itemId, madrid)).toEqual({ onHand: 1, reserved: 0 });
    expect(await stockAt(t.db, itemId, barcelona)).toEqual({ onHand: 2, reserved: 0 });
    const found = await api.pos.findItem({ code: FIXTURE_LOW_STOCK_SKU });
    expect(found.items[0]).toMatchObject({ here: 1 });
    // And the customer sees it in their own history.
    const ana = await sessionUserFor(t.db, DEMO_ACCOUNTS.customer);
    expect((await callerFor(t, ana).api.orders.mine()).map((o) => o.number)).toContain(sold.orderNumber);
  });

  it("lets staff add to a customer's cart and see it in the customer view", async () => {
    const staff = await sessionUserFor(t.db, DEMO_ACCOUNTS.staffBarcelona);
    const api = callerFor(t, staff).api;
    await api.customers.addToCart({ customerId: anaId, variantId: itemId, quantity: 1 });
    const view = await api.customers.get({ customerId: anaId });
    expect(view.cart.lines).toEqual([expect.objectContaining({ variantId: itemId, quantity: 1 })]);
    expect(view.orders.some((o) => o.channel === "store")).toBe(true);
  });
});
