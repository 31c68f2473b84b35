import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interaction, notification, orderEvent, orderReturn, stockMovement } from "@/db/schema";
import { DEMO_ACCOUNTS } from "@/db/seed/fixtures";
import { eventBus } from "@/server/domain/events/bus";
import type { DomainEvent } from "@/server/domain/events/events";
import { openReturnsShop, type ReturnsShop } from "@/server/test/returns-shop";
import { failureOf, stockAt } from "@/server/test/shop";
import { findReturnableOrder } from "./lookup";
import { returnLines } from "./returns";

let t: ReturnsShop["t"];
let madrid: ReturnsShop["madrid"];
let warehouse: ReturnsShop["warehouse"];
let staffMadrid: ReturnsShop["staffMadrid"];
let anaId: ReturnsShop["anaId"];
let scarf: ReturnsShop["scarf"];
let socks: ReturnsShop["socks"];
let provider: ReturnsShop["provider"];
let deliveredCardOrder: ReturnsShop["deliveredCardOrder"];
let lineIds: ReturnsShop["lineIds"];
let tally: ReturnsShop["tally"];
let atMadrid: ReturnsShop["atMadrid"];

beforeAll(async () => {
  ({ t, madrid, warehouse, staffMadrid, anaId, scarf, socks, provider, deliveredCardOrder, lineIds, tally, atMadrid } =
    await openReturnsShop());
});
afterAll(() => t.close());

describe("returns at the counter", () => {
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
});
