import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, FIXTURE_LOW_STOCK_SKU } from "@/db/seed/fixtures";
import { addItem } from "@/server/domain/cart/cart";
import { holdForCheckout, placeOrder, releaseCheckoutHold } from "@/server/domain/checkout/checkout";
import { createTestPaymentProvider } from "@/server/domain/payments/test-provider";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { sessionUserFor } from "@/server/test/session-user";
import { locationId, newGuest, setStock, variantBySku } from "@/server/test/shop";
import { sellAtCounter } from "@/server/domain/pos/sale";
import { eventBus, setEventBus } from "./bus";
import type { DomainEvent, EventEnvelope } from "./events";
import { createPostgresBus } from "./postgres-bus";

let t: TestDatabase;
let variantId: string;
let madrid: string;
beforeAll(async () => {
  t = await createTestDatabase();
  variantId = (await variantBySku(t.db, FIXTURE_LOW_STOCK_SKU)).id;
  madrid = await locationId(t.db, "madrid");
  await setStock(t.db, variantId, madrid, 5);
});
afterAll(() => t.close());

/** Everything published while `work` runs. */
async function eventsDuring(work: () => Promise<unknown>): Promise<DomainEvent[]> {
  const seen: DomainEvent[] = [];
  const stop = eventBus().subscribe((e) => seen.push(e.event));
  try {
    await work();
    await new Promise((resolve) => setImmediate(resolve)); // in-process delivery is on the next turn
  } finally {
    stop();
  }
  return seen;
}

describe("domain events", () => {
  it("placing a pickup order announces the order, the cart, the store's queue and the new stock", async () => {
    const guest = newGuest();
    await addItem(t.db, guest, variantId, 2);
    const events = await eventsDuring(() =>
      placeOrder(
        t.db,
        guest,
        {
          idempotencyKey: randomUUID(),
          contact: { email: "e@example.com", name: "E" },
          fulfilment: { type: "pickup", locationId: madrid },
          payment: { method: "pay_at_pickup" },
        },
        createTestPaymentProvider(),
      ),
    );
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: "order.updated",
          status: "placed",
          owner: `guest:${guest.id}`,
          locationId: madrid,
        }),
        expect.objectContaining({ type: "cart.updated", owner: `guest:${guest.id}` }),
        { type: "pickup.queue", locationId: madrid },
        { type: "stock.changed", variantId, locationId: madrid, available: 3 },
      ]),
    );
  });

  it("adding to a cart announces the cart; a checkout hold announces the stock it takes", async () => {
    const guest = newGuest();
    const added = await eventsDuring(() => addItem(t.db, guest, variantId, 1));
    expect(added).toEqual([expect.objectContaining({ type: "cart.updated", owner: `guest:${guest.id}` })]);
    const held = await eventsDuring(() => holdForCheckout(t.db, guest, { type: "pickup", locationId: madrid }, 15));
    const before = added.length;
    expect(before).toBe(1);
    expect(held).toEqual([expect.objectContaining({ type: "stock.changed", variantId, locationId: madrid })]);
    const released = await eventsDuring(() => releaseCheckoutHold(t.db, guest));
    const [afterHold, afterRelease] = [held[0], released[0]] as { available: number }[];
    expect(afterRelease!.available).toBe(afterHold!.available + 1);
  });

  it("stops delivering to a stream whose subscriber left", async () => {
    const seen: EventEnvelope[] = [];
    const stop = eventBus().subscribe((e) => seen.push(e));
    stop();
    await eventBus().publish([{ type: "pickup.queue", locationId: madrid }]);
    expect(seen).toEqual([]);
  });
});

/** How many times `work` published (one publish is one NOTIFY on PostgreSQL), and what. */
async function publishesDuring(work: () => Promise<unknown>): Promise<DomainEvent["type"][][]> {
  const real = eventBus();
  const batches: DomainEvent["type"][][] = [];
  setEventBus({ ...real, publish: (events) => (batches.push(events.map((e) => e.type)), real.publish(events)) });
  try {
    await work();
  } finally {
    setEventBus(real);
  }
  return batches;
}

describe("one notification per commit", () => {
  // NOTIFY takes a database-wide lock at commit: a change that notified once per event would cap
  // every store's order rate, so each change publishes everything it has to say at once.
  const payments = createTestPaymentProvider();

  it("a web order, a cart change, a hold and a counter sale each publish once", async () => {
    await setStock(t.db, variantId, madrid, 10);
    const guest = newGuest();
    expect(await publishesDuring(() => addItem(t.db, guest, variantId, 1))).toEqual([["cart.updated"]]);
    expect(
      await publishesDuring(() => holdForCheckout(t.db, guest, { type: "pickup", locationId: madrid }, 15)),
    ).toEqual([["stock.changed"]]);
    // Adding again ends the hold: the cart and the stock it gave back, together.
    expect(await publishesDuring(() => addItem(t.db, guest, variantId, 1))).toEqual([
      ["cart.updated", "stock.changed"],
    ]);
    const order = {
      idempotencyKey: randomUUID(),
      contact: { email: "e@example.com", name: "E" },
      fulfilment: { type: "pickup" as const, locationId: madrid },
      payment: { method: "pay_at_pickup" as const },
    };
    expect(await publishesDuring(() => placeOrder(t.db, guest, order, payments))).toEqual([
      ["order.updated", "cart.updated", "pickup.queue", "stock.changed"],
    ]);
    // A repeat of the same order changes nothing and says nothing.
    expect(await publishesDuring(() => placeOrder(t.db, guest, order, payments))).toEqual([]);

    const staff = await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid);
    const counter = { store: { id: madrid, code: "MAD", name: "Mostrador Madrid" }, staffId: staff.id };
    const sale = {
      customerId: null,
      source: { from: "basket" as const, lines: [{ variantId, quantity: 1 }] },
      payment: { method: "cash" as const },
      idempotencyKey: randomUUID(),
    };
    expect(await publishesDuring(() => sellAtCounter(t.db, counter, sale, payments))).toEqual([
      ["order.updated", "stock.changed"],
    ]);
  });
});

describe.runIf(!!process.env.TEST_DATABASE_URL)("events across processes on PostgreSQL", () => {
  it("a web order reaches another process as one notification", async () => {
    const url = t.url!;
    const real = eventBus();
    const [mine, other] = await Promise.all([createPostgresBus(url), createPostgresBus(url)]);
    const { Client } = await import("pg");
    const listener = new Client({ connectionString: url });
    await listener.connect();
    const notifications: string[] = [];
    listener.on("notification", (n) => notifications.push(n.payload ?? ""));
    await listener.query("LISTEN mostrador_events");
    const received: EventEnvelope[] = [];
    other.subscribe((e) => received.push(e));
    setEventBus(mine);
    try {
      await setStock(t.db, variantId, madrid, 10);
      const guest = newGuest();
      await addItem(t.db, guest, variantId, 1);
      await expect.poll(() => received.length, { timeout: 5_000 }).toBe(1);
      notifications.length = 0;
      received.length = 0;
      await placeOrder(
        t.db,
        guest,
        {
          idempotencyKey: randomUUID(),
          contact: { email: "e@example.com", name: "E" },
          fulfilment: { type: "pickup", locationId: madrid },
          payment: { method: "pay_at_pickup" },
        },
        createTestPaymentProvider(),
      );
      await expect
        .poll(() => received.map((e) => e.event.type), { timeout: 5_000 })
        .toEqual(["order.updated", "cart.updated", "pickup.queue", "stock.changed"]);
      expect(notifications).toHaveLength(1);
    } finally {
      setEventBus(real);
      await listener.end();
      await Promise.all([mine.close(), other.close()]);
    }
  });

  it("an event published by one process reaches a subscriber in another, in batches under the NOTIFY limit", async () => {
    const url = t.url!;
    const [a, b] = await Promise.all([createPostgresBus(url), createPostgresBus(url)]);
    try {
      const received: EventEnvelope[] = [];
      b.subscribe((e) => received.push(e));
      const many: DomainEvent[] = Array.from({ length: 200 }, (_, i) => ({
        type: "stock.changed",
        variantId: randomUUID(),
        locationId: madrid,
        available: i,
      }));
      await a.publish(many);
      await expect.poll(() => received.length, { timeout: 5_000 }).toBe(200);
      expect(received.map((e) => (e.event.type === "stock.changed" ? e.event.available : -1))).toEqual(
        many.map((_, i) => i),
      );
      expect(new Set(received.map((e) => e.id)).size).toBe(200);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
