import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { notification, order, orderEvent, orderLine, orderReturn, product, stockMovement, variant } from "@/db/schema";
import { DEMO_ACCOUNTS } from "@/db/seed/fixtures";
import { addItem } from "@/server/domain/cart/cart";
import { placeOrder } from "@/server/domain/checkout/checkout";
import type { Shopper } from "@/server/domain/customers/shopper";
import { handOver } from "@/server/domain/pickup/handover";
import { pickAll } from "@/server/domain/pickup/picking";
import { movePickup } from "@/server/domain/pickup/pickup";
import { createTestPaymentProvider, TEST_CARDS } from "@/server/domain/payments/test-provider";
import type { findReturnableOrder } from "@/server/domain/returns/lookup";
import { createTestDatabase, type TestDatabase } from "./database";
import { sessionUserFor } from "./session-user";
import { locationId, newGuest, setStock, stockAt } from "./shop";

async function variantOf(t: TestDatabase, slug: string, colour: string, size: string | null = null) {
  const rows = await t.db
    .select({ id: variant.id, size: variant.size })
    .from(variant)
    .innerJoin(product, eq(product.id, variant.productId))
    .where(and(eq(product.slug, slug), eq(variant.colour, colour)));
  const row = rows.find((r) => r.size === size) ?? rows[0];
  if (!row) throw new Error(`No ${slug} ${colour}`);
  return row.id;
}

/**
 * The shop the returns tests work in: a fresh database with a scarf and socks stocked at the
 * warehouse, Barcelona and Madrid, and ways to make the orders a customer brings back.
 */
export async function openReturnsShop() {
  const provider = createTestPaymentProvider();
  const card = { number: TEST_CARDS.visa, expiry: "12/40", cvc: "123" };
  const address = {
    name: "Ana García",
    line1: "Calle Mayor 1",
    city: "Madrid",
    postalCode: "28013",
    country: "ES" as const,
  };

  const t = await createTestDatabase();
  const madrid = { id: await locationId(t.db, "madrid"), name: "Mostrador Madrid" };
  const barcelona = await locationId(t.db, "barcelona");
  const warehouse = await locationId(t.db, "warehouse");
  const staffMadrid = (await sessionUserFor(t.db, DEMO_ACCOUNTS.staffMadrid)).id;
  const staffBarcelona = (await sessionUserFor(t.db, DEMO_ACCOUNTS.staffBarcelona)).id;
  const anaId = (await sessionUserFor(t.db, DEMO_ACCOUNTS.customer)).id;
  const scarf = await variantOf(t, "lambswool-scarf", "Burgundy");
  const socks = await variantOf(t, "cotton-socks-3-pack", "Oatmeal", "M");
  for (const v of [scarf, socks]) {
    await setStock(t.db, v, warehouse, 50);
    await setStock(t.db, v, barcelona, 20);
    await setStock(t.db, v, madrid.id, 5);
  }
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
      // Placed from an English page: the tests read the customer's emails in English.
      { locale: "en" },
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
      { locale: "en" },
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

  /** Madrid's counter, as returns take it. */
  const atMadrid = { store: madrid, staffId: staffMadrid };
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

  return {
    t,
    madrid,
    barcelona,
    warehouse,
    staffMadrid,
    staffBarcelona,
    anaId,
    scarf,
    socks,
    provider,
    card,
    address,
    cartOf,
    deliveredCardOrder,
    collectedInBarcelona,
    lineIds,
    tally,
    atMadrid,
  };
}

export type ReturnsShop = Awaited<ReturnType<typeof openReturnsShop>>;
