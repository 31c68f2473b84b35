import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orderLine, stockLevel } from "@/db/schema";
import { placeOrder } from "@/server/domain/checkout/checkout";
import type { PaymentProvider } from "@/server/domain/payments/provider";
import { openReturnsShop, type ReturnsShop } from "@/server/test/returns-shop";
import { failureOf, newGuest, stockAt } from "@/server/test/shop";
import { findReturnableOrder } from "./lookup";
import { returnLines } from "./returns";

let t: ReturnsShop["t"];
let madrid: ReturnsShop["madrid"];
let barcelona: ReturnsShop["barcelona"];
let scarf: ReturnsShop["scarf"];
let socks: ReturnsShop["socks"];
let provider: ReturnsShop["provider"];
let cartOf: ReturnsShop["cartOf"];
let deliveredCardOrder: ReturnsShop["deliveredCardOrder"];
let collectedInBarcelona: ReturnsShop["collectedInBarcelona"];
let tally: ReturnsShop["tally"];
let atMadrid: ReturnsShop["atMadrid"];

beforeAll(async () => {
  ({ t, madrid, barcelona, scarf, socks, provider, cartOf, deliveredCardOrder, collectedInBarcelona, tally, atMadrid } =
    await openReturnsShop());
});
afterAll(() => t.close());

describe("returns at the counter", () => {
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
