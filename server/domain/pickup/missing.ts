import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { formatMoney } from "@/lib/money";
import { order, orderEvent, orderLine, stockLevel, stockMovement } from "@/db/schema";
import { announceStock } from "@/server/domain/events/announce";
import { queueLinesMissing } from "@/server/domain/notifications/messages";
import { deliverSoon } from "@/server/domain/notifications/outbox";
import type { PaymentProvider } from "@/server/domain/payments/payments";
import { DomainError, notFound } from "@/server/errors";
import { lockOrderForPicking, pickingEvents } from "./picking";
import { announceReleased, releaseOrder } from "./release";

type Store = { storeId: string; staffId: string };

/**
 * Units of a line that are not on the shelf. In one transaction: the order stops holding them
 * (reserved drops) and the store's on-hand figure is corrected (the shelf doesn't have them, so
 * nobody else should be sold them), with a `missing` stock movement; the order is no longer
 * charged for them (a card is later captured for the lower total); the customer is told. When
 * nothing at all is left the order is cancelled like any other (card voided, customer told).
 */
export async function markMissing(
  db: Db,
  store: Store,
  input: { orderNumber: string; lineId: string; quantity?: number; reason?: string },
  provider: PaymentProvider,
) {
  const outcome = await db.transaction(async (tx) => {
    const current = await lockOrderForPicking(tx, store, input.orderNumber);
    const [line] = await tx
      .select()
      .from(orderLine)
      .where(and(eq(orderLine.id, input.lineId), eq(orderLine.orderId, current.id)))
      .for("update");
    if (!line) throw notFound("orderLine");
    const left = line.quantity - line.pickedQuantity - line.missingQuantity;
    if (left === 0)
      throw new DomainError(
        "ALREADY_PICKED",
        { key: "errors.pickup.alreadyResolved", values: { name: line.productName, sku: line.sku } },
        { lineId: line.id },
      );
    const units = input.quantity ?? left;
    if (units > left)
      throw new DomainError(
        "INVALID_INPUT",
        { key: "errors.pickup.onlyLeftToPick", values: { left, name: line.productName } },
        { left },
      );

    await tx
      .update(orderLine)
      .set({ missingQuantity: sql`${orderLine.missingQuantity} + ${units}` })
      .where(eq(orderLine.id, line.id));
    const [stock] = await tx
      .update(stockLevel)
      .set({
        onHand: sql`${stockLevel.onHand} - ${units}`,
        reserved: sql`${stockLevel.reserved} - ${units}`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(stockLevel.variantId, line.variantId), eq(stockLevel.locationId, store.storeId)))
      .returning({ onHand: stockLevel.onHand });
    if (!stock) throw new Error(`no stock row for ${line.sku} at the order's store`);
    await tx.insert(stockMovement).values({
      variantId: line.variantId,
      locationId: store.storeId,
      kind: "missing",
      delta: -units,
      onHandAfter: stock.onHand,
      reason: input.reason?.trim() || `Not on the shelf while picking ${current.number}`,
      actorId: store.staffId,
      orderId: current.id,
    });
    const value = units * line.unitPriceMinor;
    const [totals] = await tx
      .update(order)
      .set({
        subtotalMinor: sql`${order.subtotalMinor} - ${value}`,
        totalMinor: sql`${order.totalMinor} - ${value}`,
        updatedAt: sql`now()`,
      })
      .where(eq(order.id, current.id))
      .returning();
    const updated = totals!;

    const [kept] = await tx
      .select({ units: sql<number>`coalesce(sum(${orderLine.quantity} - ${orderLine.missingQuantity}), 0)::int` })
      .from(orderLine)
      .where(eq(orderLine.orderId, current.id));
    const what = `${units} × ${line.productName}${line.size ? ` (${line.size})` : ""}`;
    if (!kept?.units) {
      const released = await releaseOrder(tx, updated, {
        status: "cancelled",
        actorId: store.staffId,
        note: `None of the items could be found in store (last: ${what}).`,
      });
      return { kind: "cancelled" as const, released, variantId: line.variantId };
    }
    await tx.insert(orderEvent).values({
      orderId: current.id,
      status: "picking",
      channel: "store",
      actorId: store.staffId,
      note: `${what} unavailable — not charged. New total ${formatMoney(updated.totalMinor, updated.currency)}.`,
    });
    await queueLinesMissing(tx, current.id, [{ line, quantity: units }]);
    return { kind: "missing" as const, order: updated, variantId: line.variantId };
  });

  if (outcome.kind === "cancelled") {
    await announceReleased(db, provider, outcome.released);
    return { orderNumber: outcome.released.number, status: "cancelled" as const, total: null };
  }
  deliverSoon(db);
  // Available is unchanged (on hand and reserved fell together); the store's stock screen still listens.
  await announceStock(
    db,
    [{ variantId: outcome.variantId, locationId: store.storeId }],
    ...pickingEvents(outcome.order, "picking"),
  );
  return {
    orderNumber: outcome.order.number,
    status: "picking" as const,
    total: { amountMinor: outcome.order.totalMinor, currency: outcome.order.currency },
  };
}
