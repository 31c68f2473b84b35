import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { order, orderEvent, orderLine, stockLevel, type Order } from "@/db/schema";
import { orderOwnerKey } from "@/server/domain/customers/shopper";
import { announceStock } from "@/server/domain/events/announce";
import { queueOrderEnded } from "@/server/domain/notifications/messages";
import { deliverSoon } from "@/server/domain/notifications/outbox";
import type { PaymentProvider } from "@/server/domain/payments/payments";
import { log } from "@/server/log";

/** The variants and units an order still holds: units found missing were already released. */
export function orderUnits(tx: Tx, orderId: string) {
  return tx
    .select({
      variantId: orderLine.variantId,
      quantity: sql<number>`(${orderLine.quantity} - ${orderLine.missingQuantity})::int`,
    })
    .from(orderLine)
    .where(and(eq(orderLine.orderId, orderId), gt(sql`${orderLine.quantity} - ${orderLine.missingQuantity}`, 0)));
}

/**
 * Ends a pickup order before collection (cancelled by staff, or expired), inside the caller's
 * transaction: its reserved units go back on sale, a card authorisation is marked voided, the
 * ending is written as an order event and the customer is told (through the outbox).
 */
export async function releaseOrder(
  tx: Tx,
  current: Order,
  ending: { status: "cancelled" | "expired"; actorId: string | null; note: string },
) {
  const lines = await orderUnits(tx, current.id);
  for (const l of lines) {
    await tx
      .update(stockLevel)
      .set({ reserved: sql`${stockLevel.reserved} - ${l.quantity}`, updatedAt: sql`now()` })
      .where(and(eq(stockLevel.variantId, l.variantId), eq(stockLevel.locationId, current.locationId)));
  }
  const voided = current.paymentMethod === "card" && current.paymentStatus === "authorized";
  await tx
    .update(order)
    .set({ status: ending.status, ...(voided ? { paymentStatus: "voided" as const } : {}), updatedAt: sql`now()` })
    .where(eq(order.id, current.id));
  await tx.insert(orderEvent).values({
    orderId: current.id,
    status: ending.status,
    channel: "store",
    actorId: ending.actorId,
    note: ending.note,
  });
  await queueOrderEnded(tx, current.id, ending);
  return { ...current, status: ending.status, lines, voided };
}

/** After commit: the card authorisation is voided, and the customer's screens, the store's queue and everyone's stock view hear it. */
export async function announceReleased(
  db: Db,
  provider: PaymentProvider,
  released: Awaited<ReturnType<typeof releaseOrder>>,
) {
  if (released.voided && released.paymentReference) {
    await provider
      .void(released.paymentReference)
      .catch((err: unknown) =>
        log.error({ err, paymentReference: released.paymentReference }, "voiding a card authorisation failed"),
      );
  }
  deliverSoon(db);
  await announceStock(
    db,
    released.lines.map((l) => ({ variantId: l.variantId, locationId: released.locationId })),
    {
      type: "order.updated",
      orderId: released.id,
      number: released.number,
      status: released.status,
      owner: orderOwnerKey(released),
      locationId: released.locationId,
    },
    { type: "pickup.queue", locationId: released.locationId },
  );
}
