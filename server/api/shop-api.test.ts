import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, FIXTURE_LOW_STOCK_SKU } from "@/db/seed/fixtures";
import { TEST_CARDS } from "@/server/domain/payments/test-provider";
import { callerFor, sessionUserFor, trpcErrorOf } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { locationId, setStock, variantBySku } from "@/server/test/shop";
import { GUEST_COOKIE } from "./shopper";

let t: TestDatabase;
let variantId: string;
let madrid: string;
beforeAll(async () => {
  t = await createTestDatabase();
  variantId = (await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU)).id;
  madrid = await locationId(t.db, "madrid");
  await setStock(t.db, variantId, madrid, 10);
});
afterAll(() => t.close());

/** A guest browser: the first change sets its cookie, later calls send it back. */
async function guestBrowser(opts: { consent?: "granted" } = {}) {
  const first = callerFor(t, null, {}, opts);
  await first.api.cart.addItem({ variantId, quantity: 1 });
  const cookie = first.setCookies.find((c) => c.startsWith(`${GUEST_COOKIE}=`));
  const token = /=([^;]+)/.exec(cookie ?? "")?.[1] ?? "";
  return { cookie: cookie ?? "", api: callerFor(t, null, { [GUEST_COOKIE]: token }, opts).api };
}

const pickup = () => ({
  idempotencyKey: randomUUID(),
  fulfilment: { type: "pickup" as const, locationId: madrid },
  payment: { method: "pay_at_pickup" as const },
});

describe("the guest cart cookie", () => {
  it("is http-only and keeps the cart across calls; other browsers see their own cart", async () => {
    const guest = await guestBrowser();
    expect(guest.cookie).toMatch(/HttpOnly/);
    expect(guest.cookie).toMatch(/SameSite=Lax/);
    expect((await guest.api.cart.get()).count).toBe(1);
    expect((await callerFor(t).api.cart.get()).count).toBe(0);
    expect((await callerFor(t, null, { [GUEST_COOKIE]: "forged" }).api.cart.get()).count).toBe(0);
  });

  it("gives a new guest one cookie even when their first calls come in one batch", async () => {
    const first = callerFor(t, null, {}, { consent: "granted" });
    await Promise.all([
      first.api.history.recordView({ slug: "merino-wool-jumper" }),
      first.api.cart.addItem({ variantId, quantity: 1 }),
    ]);
    expect(first.setCookies.filter((c) => c.startsWith(`${GUEST_COOKIE}=`))).toHaveLength(1);
    expect((await first.api.cart.get()).count).toBe(1);
  });

  it("rejects bad quantities and ids with a 400", async () => {
    const { api } = callerFor(t);
    expect((await trpcErrorOf(api.cart.addItem({ variantId, quantity: 0 }))).code).toBe("BAD_REQUEST");
    expect((await trpcErrorOf(api.cart.addItem({ variantId, quantity: 1.5 }))).code).toBe("BAD_REQUEST");
    expect((await trpcErrorOf(api.cart.addItem({ variantId: "nope", quantity: 1 }))).code).toBe("BAD_REQUEST");
    expect((await trpcErrorOf(api.cart.setQuantity({ variantId, quantity: 999 }))).code).toBe("BAD_REQUEST");
    expect((await trpcErrorOf(api.cart.addItem({ variantId, quantity: 21 }))).code).toBe("BAD_REQUEST");
  });
});

describe("checkout API", () => {
  it("validates card and address fields by name", async () => {
    const guest = await guestBrowser();
    const badCard = await trpcErrorOf(
      guest.api.checkout.placeOrder({
        ...pickup(),
        contact: { email: "a@b.co", name: "A" },
        payment: { method: "card", card: { number: "4242424242424241", expiry: "01/20", cvc: "1" } },
      }),
    );
    expect(badCard.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(badCard.cause)).toMatch(/Check the card number/);
    const badAddress = await trpcErrorOf(
      guest.api.checkout.placeOrder({
        ...pickup(),
        contact: { email: "a@b.co", name: "A" },
        fulfilment: {
          type: "delivery",
          address: { name: "A", line1: "x", city: "Madrid", postalCode: "123", country: "ES" },
        },
        payment: { method: "card", card: { number: TEST_CARDS.visa, expiry: "12/30", cvc: "123" } },
      }),
    );
    expect(badAddress.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(badAddress.cause)).toMatch(/5-digit postcode/);
  });

  it("answers a declined card with 402 and its message", async () => {
    const guest = await guestBrowser();
    const err = await trpcErrorOf(
      guest.api.checkout.placeOrder({
        ...pickup(),
        contact: { email: "a@b.co", name: "A" },
        payment: { method: "card", card: { number: TEST_CARDS.declined, expiry: "12/30", cvc: "123" } },
      }),
    );
    expect(err.code).toBe("PAYMENT_REQUIRED");
    expect(err.message).toMatch(/declined/);
  });
});

describe("orders are private", () => {
  it("lets a customer read their own order, and no one else", async () => {
    const ana = await sessionUserFor(t.db, DEMO_ACCOUNTS.customer);
    const ben = await sessionUserFor(t.db, DEMO_ACCOUNTS.customerNoStore);
    const asAna = callerFor(t, ana).api;
    await asAna.cart.addItem({ variantId, quantity: 1 });
    const placed = await asAna.checkout.placeOrder(pickup());
    expect(placed.orderNumber).toMatch(/^MAD-\d+$/);

    const own = await asAna.orders.get({ number: placed.orderNumber });
    expect(own).toMatchObject({
      number: placed.orderNumber,
      email: DEMO_ACCOUNTS.customer,
      status: "placed",
      pickupCode: placed.pickupCode,
    });
    expect(own.timeline.map((e) => e.status)).toEqual(["placed"]);
    expect((await asAna.orders.mine()).map((o) => o.number)).toContain(placed.orderNumber);

    const asBen = callerFor(t, ben).api;
    expect((await trpcErrorOf(asBen.orders.get({ number: placed.orderNumber }))).code).toBe("NOT_FOUND");
    expect((await trpcErrorOf(asBen.orders.get({ id: own.id }))).code).toBe("NOT_FOUND");
    expect((await asBen.orders.mine()).map((o) => o.number)).not.toContain(placed.orderNumber);
    const stranger = await guestBrowser();
    expect((await trpcErrorOf(stranger.api.orders.get({ number: placed.orderNumber }))).code).toBe("NOT_FOUND");
    expect((await trpcErrorOf(callerFor(t).api.orders.get({ id: own.id }))).code).toBe("NOT_FOUND");
  });

  it("shows a guest their order on the browser that placed it", async () => {
    const guest = await guestBrowser();
    const placed = await guest.api.checkout.placeOrder({
      ...pickup(),
      contact: { email: "guest@example.com", name: "Gus" },
    });
    expect((await guest.api.orders.get({ number: placed.orderNumber })).contactName).toBe("Gus");
    expect((await guest.api.orders.mine()).map((o) => o.number)).toEqual([placed.orderNumber]);
  });
});

describe("history", () => {
  it("keeps a guest's views and searches (with their consent), newest first, each once", async () => {
    const guest = await guestBrowser({ consent: "granted" });
    await guest.api.history.recordSearch({ query: "merino", resultCount: 4 });
    await guest.api.history.recordView({ slug: "merino-wool-jumper" });
    await guest.api.history.recordSearch({ query: "linen", resultCount: 0 });
    await guest.api.history.recordSearch({ query: "Merino", resultCount: 4 });
    const recent = await guest.api.history.recent();
    expect(recent.viewed.map((v) => v.slug)).toEqual(["merino-wool-jumper"]);
    expect(recent.searches.map((s) => [s.query, s.resultCount])).toEqual([
      ["Merino", 4],
      ["linen", 0],
    ]);
    expect((await trpcErrorOf(guest.api.history.recordView({ slug: "no-such-thing" }))).code).toBe("NOT_FOUND");
  });
});
