import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  interaction,
  notification,
  order,
  orderEvent,
  orderLine,
  orderReturn,
  product,
  stockLevel,
  stockMovement,
  variant,
} from "@/db/schema";
import { DEMO_ACCOUNTS } from "@/db/seed/fixtures";
import { addItem } from "@/server/domain/cart/cart";
import { placeOrder } from "@/server/domain/checkout/checkout";
import type { Shopper } from "@/server/domain/customers/shopper";
import { eventBus } from "@/server/domain/events/bus";
import type { DomainEvent } from "@/server/domain/events/events";
import { handOver } from "@/server/domain/pickup/handover";
import { pickAll } from "@/server/domain/pickup/picking";
import { movePickup } from "@/server/domain/pickup/pickup";
import type { PaymentProvider } from "@/server/domain/payments/provider";
import { createTestPaymentProvider, TEST_CARDS } from "@/server/domain/payments/test-provider";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { sessionUserFor } from "@/server/test/session-user";
import { failureOf, locationId, newGuest, setStock, stockAt } from "@/server/test/shop";
import { findReturnableOrder } from "./lookup";
import { returnLines } from "./returns";

let t: TestDatabase;
let madrid: { id: string; name: string };
let barcelona: string;
let warehouse: string;
let staffMadrid: string;
let staffBarcelona: string;
let anaId: string;
let scarf: string; // Lambswool Scarf, Burgundy
let socks: string; // Cotton Socks 3-Pack, Oatmeal M
const provider = createTestPaymentProvider();
const card = { number: TEST_CARDS.visa, expiry: "12/40", cvc: "123" };
const address = {
  name: "Ana García",
  line1: "Calle Mayor 1",
  city: "Madrid",
  postalCode: "28013",
  country: "ES" as const,
};

async function variantOf(slug: string, colour: string, size: string | null = null) {
  const rows = await t.db
    .select({ id: variant.id, size: variant.size })
    .from(variant)
    .innerJoin(product, eq(product.id, variant.productId))
    .where(and(eq(product.slug, slug), eq(variant.colour, colour)));
  const row = rows.find((r) => r.size === size) ?? rows[0];
  if (!row) throw new Error(`No ${slug} ${colour}`);
  return row.id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  madrid = { id: await locationId(t.db, "madrid"), name: "Mostrador Madrid" };
  barcelona = await locationId(t.db, "barcelona");
  warehouse = await locationId(t.db, "warehouse");
  staffMadrid = (await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid)).id;
  staffBarcelona = (await sessionUserFor(t.db, DEMO_ACCOUNTS.staffBarcelona)).id;
  anaId = (await sessionUserFor(t.db, DEMO_ACCOUNTS.customer)).id;
  scarf = await variantOf("lambswool-scarf", "Burgundy");
  socks = await variantOf("cotton-socks-3-pack", "Oatmeal", "M");
  for (const v of [scarf, socks]) {
    await setStock(t.db, v, warehouse, 50);
    await setStock(t.db, v, barcelona, 20);
    await setStock(t.db, v, madrid.id, 5);
  }
});
afterAll(() => t.close());

async function cartOf(shopper: Shopper, lines: [string, number][]) {
  for (const [v, q] of lines) await addItem(t.db, shopper, v, q);
}

/** Ana's web order, delivered from the warehouse and paid by card (dispatch is not built: the test ships it). */
async function deliveredCardOrder(lines: [string, number][]) {
  const ana: Shopper = { kind: "customer", id: anaId };
  await cartOf(ana, lines);
  const { orderNumber } = await placeOrder(
    t.db,
    ana,
    { idempotencyKey: randomUUID(), fulfilment: { type: "delivery", address }, payment: { method: "card", card } },
    provider,
  );
  const [row] = await t.db.select().from(order).where(eq(order.number, orderNumber));
  await provider.capture(row!.paymentReference!, { amountMinor: row!.totalMinor, currency: row!.currency });
  await t.db.update(order).set({ status: "delivered", paymentStatus: "paid" }).where(eq(order.id, row!.id));
  return { orderNumber, orderId: row!.id, paymentReference: row!.paymentReference! };
}

/** A guest's click-and-collect order at Barcelona, paid in cash at the Barcelona counter. */
async function collectedInBarcelona(lines: [string, number][]) {
  const guest = newGuest();
  await cartOf(guest, lines);
  const placed = await placeOrder(
    t.db,
    guest,
    {
      idempotencyKey: randomUUID(),
      contact: { email: "g@example.com", name: "Gala Guest" },
      fulfilment: { type: "pickup", locationId: barcelona },
      payment: { method: "pay_at_pickup" },
    },
    provider,
  );
  await pickAll(t.db, { storeId: barcelona, staffId: staffBarcelona }, { orderNumber: placed.orderNumber });
  await movePickup(t.db, barcelona, staffBarcelona, placed.orderNumber, "markReady");
  await handOver(
    t.db,
    { storeId: barcelona, staffId: staffBarcelona },
    { orderNumber: placed.orderNumber, pickupCode: placed.pickupCode!, paidWith: "cash" },
    provider,
  );
  return placed.orderNumber;
}

const atMadrid = { store: { id: "", name: "" }, staffId: "" };
function lineIds(o: Awaited<ReturnType<typeof findReturnableOrder>>) {
  return Object.fromEntries(o.lines.map((l) => [l.variantId, l.orderLineId]));
}
async function tally(orderNumber: string) {
  const [row] = await t.db
    .select({ id: order.id, paymentStatus: order.paymentStatus })
    .from(order)
    .where(eq(order.number, orderNumber));
  const n = async (q: Promise<{ n: number }[]>) => (await q)[0]!.n;
  return {
    paymentStatus: row!.paymentStatus,
    returns: await n(t.db.select({ n: count() }).from(orderReturn).where(eq(orderReturn.orderId, row!.id))),
    events: await n(t.db.select({ n: count() }).from(orderEvent).where(eq(orderEvent.orderId, row!.id))),
    movements: await n(t.db.select({ n: count() }).from(stockMovement).where(eq(stockMovement.orderId, row!.id))),
    messages: await n(t.db.select({ n: count() }).from(notification).where(eq(notification.orderId, row!.id))),
    returned: (
      await t.db.select({ q: orderLine.returnedQuantity }).from(orderLine).where(eq(orderLine.orderId, row!.id))
    )
      .map((l) => l.q)
      .sort(),
    madridScarf: (await stockAt(t.db, scarf, madrid.id)).onHand,
    madridSocks: (await stockAt(t.db, socks, madrid.id)).onHand,
  };
}

describe("returns at the counter", () => {
  beforeAll(() => {
    Object.assign(atMadrid, { store: madrid, staffId: staffMadrid });
  });

  it("takes back part of a web order delivered from the warehouse onto Madrid's shelf, refunding the card", async () => {
    const { orderNumber, paymentReference } = await deliveredCardOrder([
      [scarf, 2],
      [socks, 1],
    ]);
    const before = { madrid: await stockAt(t.db, scarf, madrid.id), warehouse: await stockAt(t.db, scarf, warehouse) };
    const found = await findReturnableOrder(t.db, orderNumber.toLowerCase());
    expect(found).toMatchObject({ whyNot: null, refundMethod: "card", channel: "web", fulfilment: "delivery" });
    expect(found.lines.map((l) => [l.variantId, l.returnable])).toEqual(
      expect.arrayContaining([
        [scarf, 2],
        [socks, 1],
      ]),
    );

    const seen: DomainEvent[] = [];
    const stop = eventBus().subscribe((e) => seen.push(e.event));
    const done = await returnLines(
      t.db,
      atMadrid,
      { orderNumber, lines: [{ orderLineId: lineIds(found)[scarf]!, quantity: 1 }], reason: "Too scratchy" },
      provider,
    );
    await new Promise((resolve) => setImmediate(resolve));
    stop();

    expect(done).toMatchObject({
      refund: { amountMinor: 4990, currency: "EUR" },
      refundMethod: "card",
      fullyRefunded: false,
      store: "Mostrador Madrid",
    });
    expect(done.refundReference).toMatch(/^test_refund_/);
    expect(provider.refunded(paymentReference)).toBe(4990);
    expect(await stockAt(t.db, scarf, madrid.id)).toEqual({ ...before.madrid, onHand: before.madrid.onHand + 1 });
    expect(await stockAt(t.db, scarf, warehouse)).toEqual(before.warehouse);

    const [saved] = await t.db.select().from(orderReturn).where(eq(orderReturn.id, done.returnId));
    expect(saved).toMatchObject({
      locationId: madrid.id,
      staffId: staffMadrid,
      refundMinor: 4990,
      refundMethod: "card",
      refundReference: done.refundReference,
      reason: "Too scratchy",
    });
    const [movement] = await t.db
      .select()
      .from(stockMovement)
      .where(and(eq(stockMovement.variantId, scarf), eq(stockMovement.kind, "returned")));
    expect(movement).toMatchObject({
      locationId: madrid.id,
      delta: 1,
      onHandAfter: before.madrid.onHand + 1,
      actorId: staffMadrid,
      orderId: saved!.orderId,
    });
    const events = await t.db.select().from(orderEvent).where(eq(orderEvent.orderId, saved!.orderId));
    expect(events.at(-1)).toMatchObject({
      status: "delivered",
      channel: "store",
      actorId: staffMadrid,
      note: expect.stringContaining("Too scratchy"),
    });
    const [history] = await t.db
      .select()
      .from(interaction)
      .where(and(eq(interaction.customerId, anaId), eq(interaction.kind, "return")));
    expect(history).toMatchObject({
      channel: "store",
      payload: expect.objectContaining({ orderNumber, refundMinor: 4990 }),
    });
    expect(seen).toContainEqual(
      expect.objectContaining({ type: "order.updated", number: orderNumber, owner: `customer:${anaId}` }),
    );
    expect(seen).toContainEqual(
      expect.objectContaining({ type: "stock.changed", variantId: scarf, locationId: madrid.id }),
    );
    expect((await tally(orderNumber)).paymentStatus).toBe("paid");
    // The customer is told what came back and where the money goes.
    const [told] = await t.db
      .select()
      .from(notification)
      .where(and(eq(notification.orderId, saved!.orderId), eq(notification.kind, "refund_issued")));
    expect(told).toMatchObject({
      toEmail: DEMO_ACCOUNTS.customer,
      subject: expect.stringMatching(/49,90\s€ refunded/),
      body: expect.stringContaining("to the card you paid with"),
    });

    // The rest comes back later: now everything the customer kept is refunded.
    const later = await findReturnableOrder(t.db, orderNumber);
    expect(later.lines.map((l) => [l.variantId, l.returned, l.returnable])).toEqual(
      expect.arrayContaining([
        [scarf, 1, 1],
        [socks, 0, 1],
      ]),
    );
    expect(later.returns).toHaveLength(1);
    const rest = await returnLines(
      t.db,
      atMadrid,
      {
        orderNumber,
        lines: [
          { orderLineId: lineIds(later)[scarf]!, quantity: 1 },
          { orderLineId: lineIds(later)[socks]!, quantity: 1 },
        ],
        reason: "Changed mind",
      },
      provider,
    );
    expect(rest).toMatchObject({ refund: { amountMinor: 4990 + 1495 }, fullyRefunded: true });
    expect(provider.refunded(paymentReference)).toBe(2 * 4990 + 1495);
    expect((await tally(orderNumber)).paymentStatus).toBe("refunded");
    expect((await findReturnableOrder(t.db, orderNumber)).lines.every((l) => l.returnable === 0)).toBe(true);
    const again = await failureOf(
      returnLines(
        t.db,
        atMadrid,
        { orderNumber, lines: [{ orderLineId: lineIds(later)[socks]!, quantity: 1 }], reason: "Again" },
        provider,
      ),
    );
    expect(again).toMatchObject({ code: "NOT_RETURNABLE" });
  });

  it("refuses more than can be returned, and writes nothing", async () => {
    const { orderNumber } = await deliveredCardOrder([[scarf, 2]]);
    const found = await findReturnableOrder(t.db, orderNumber);
    const before = await tally(orderNumber);
    const err = await failureOf(
      returnLines(
        t.db,
        atMadrid,
        { orderNumber, lines: [{ orderLineId: lineIds(found)[scarf]!, quantity: 3 }], reason: "Too many" },
        provider,
      ),
    );
    expect(err).toMatchObject({ code: "NOT_RETURNABLE", message: expect.stringContaining("2 can still be returned") });
    // Asked twice in one request, the quantities add up.
    const twice = { orderLineId: lineIds(found)[scarf]!, quantity: 2 };
    expect(
      await failureOf(returnLines(t.db, atMadrid, { orderNumber, lines: [twice, twice], reason: "Twice" }, provider)),
    ).toMatchObject({ code: "NOT_RETURNABLE" });
    // A line of another order is not this order's to return.
    const other = await deliveredCardOrder([[socks, 1]]);
    const otherLine = lineIds(await findReturnableOrder(t.db, other.orderNumber))[socks]!;
    expect(
      await failureOf(
        returnLines(
          t.db,
          atMadrid,
          { orderNumber, lines: [{ orderLineId: otherLine, quantity: 1 }], reason: "Wrong" },
          provider,
        ),
      ),
    ).toMatchObject({ code: "INVALID_INPUT" });
    expect(await tally(orderNumber)).toEqual(before);
  });

  it("puts a click-and-collect order collected in Barcelona back on Madrid's shelf, refunded in cash, even where Madrid never stocked it", async () => {
    const orderNumber = await collectedInBarcelona([[socks, 2]]);
    await t.db.delete(stockLevel).where(and(eq(stockLevel.variantId, socks), eq(stockLevel.locationId, madrid.id)));
    const barcelonaBefore = await stockAt(t.db, socks, barcelona);
    const found = await findReturnableOrder(t.db, orderNumber);
    expect(found).toMatchObject({ status: "collected", refundMethod: "cash", fulfilledBy: "Mostrador Barcelona" });
    const done = await returnLines(
      t.db,
      atMadrid,
      { orderNumber, lines: [{ orderLineId: found.lines[0]!.orderLineId, quantity: 2 }], reason: "Wrong size" },
      provider,
    );
    expect(done).toMatchObject({
      refund: { amountMinor: 2 * 1495 },
      refundMethod: "cash",
      refundReference: null,
      fullyRefunded: true,
    });
    expect(await stockAt(t.db, socks, madrid.id)).toEqual({ onHand: 2, reserved: 0 });
    expect(await stockAt(t.db, socks, barcelona)).toEqual(barcelonaBefore);
    // A guest's order: the return joins the guest's history, which becomes theirs if they sign up.
    expect((await tally(orderNumber)).paymentStatus).toBe("refunded");
  });

  it("writes nothing when the card refund is refused or fails", async () => {
    const { orderNumber } = await deliveredCardOrder([
      [scarf, 1],
      [socks, 1],
    ]);
    const found = await findReturnableOrder(t.db, orderNumber);
    const lines = found.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: 1 }));
    const before = await tally(orderNumber);
    const refusing: PaymentProvider = {
      ...provider,
      refund: async () => ({ ok: false, message: "The card was closed." }),
    };
    const failing: PaymentProvider = {
      ...provider,
      refund: async () => Promise.reject(new Error("provider timed out")),
    };
    for (const p of [refusing, failing]) {
      const err = await failureOf(returnLines(t.db, atMadrid, { orderNumber, lines, reason: "Faulty" }, p));
      expect(err).toMatchObject({ code: "REFUND_FAILED", message: expect.stringContaining("Nothing was returned") });
      expect(await tally(orderNumber)).toEqual(before);
    }
  });

  it("never takes back units that were never handed over", async () => {
    const { orderNumber, orderId } = await deliveredCardOrder([[scarf, 2]]);
    // One scarf was missing when the order was picked: the customer only got one.
    await t.db.update(orderLine).set({ missingQuantity: 1 }).where(eq(orderLine.orderId, orderId));
    const found = await findReturnableOrder(t.db, orderNumber);
    expect(found.lines[0]).toMatchObject({ quantity: 2, missing: 1, returnable: 1 });
    const line = found.lines[0]!.orderLineId;
    expect(
      await failureOf(
        returnLines(
          t.db,
          atMadrid,
          { orderNumber, lines: [{ orderLineId: line, quantity: 2 }], reason: "Both" },
          provider,
        ),
      ),
    ).toMatchObject({ code: "NOT_RETURNABLE" });
    expect(
      await returnLines(
        t.db,
        atMadrid,
        { orderNumber, lines: [{ orderLineId: line, quantity: 1 }], reason: "The one" },
        provider,
      ),
    ).toMatchObject({ fullyRefunded: true });
  });

  it("refuses orders the customer has not received, and numbers that do not exist", async () => {
    const guest = newGuest();
    await cartOf(guest, [[scarf, 1]]);
    const placed = await placeOrder(
      t.db,
      guest,
      {
        idempotencyKey: randomUUID(),
        contact: { email: "p@example.com", name: "Pat" },
        fulfilment: { type: "pickup", locationId: madrid.id },
        payment: { method: "pay_at_pickup" },
      },
      provider,
    );
    const found = await findReturnableOrder(t.db, placed.orderNumber);
    expect(found.whyNot).toMatch(/not collected yet/);
    expect(found.lines[0]!.returnable).toBe(0);
    const err = await failureOf(
      returnLines(
        t.db,
        atMadrid,
        {
          orderNumber: placed.orderNumber,
          lines: [{ orderLineId: found.lines[0]!.orderLineId, quantity: 1 }],
          reason: "Early",
        },
        provider,
      ),
    );
    expect(err).toMatchObject({ code: "NOT_RETURNABLE" });
    expect(await failureOf(findReturnableOrder(t.db, "MAD-999999"))).toMatchObject({ code: "NOT_FOUND" });
  });
});
