import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { order, orderEvent, orderLine, stockLevel, type Order } from "@/db/schema";
import { orderOwnerKey } from "@/server/domain/customers/shopper";
import { announceStock } from "@/server/domain/events/announce";
import { publish } from "@/server/domain/events/bus";
import type { PaymentProvider } from "@/server/domain/payments/provider";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** The variants and units an order reserved. */
export function orderUnits(tx: Tx, orderId: string) {
  return tx.select({ variantId: orderLine.variantId, quantity: orderLine.quantity }).from(orderLine).where(eq(orderLine.orderId, orderId));
}

/**
 * Ends a pickup order before collection (cancelled by staff, or expired), inside the caller's
 * transaction: its reserved units go back on sale, a card authorisation is marked voided, and the
 * ending is written as an order event.
 */
export async function releaseOrder(tx: Tx, current: Order, ending: { status: "cancelled" | "expired"; actorId: string | null; note: string }) {
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
  await tx.insert(orderEvent).values({ orderId: current.id, status: ending.status, channel: "store", actorId: ending.actorId, note: ending.note });
  return { ...current, status: ending.status, lines, voided };
}

/** After commit: the card authorisation is voided, and the customer's screens, the store's queue and everyone's stock view hear it. */
export async function announceReleased(db: Db, provider: PaymentProvider, released: Awaited<ReturnType<typeof releaseOrder>>) {
  if (released.voided && released.paymentReference) {
    await provider.void(released.paymentReference).catch((e) => console.error("voiding authorisation failed", e));
  }
  await publish(
    { type: "order.updated", orderId: released.id, number: released.number, status: released.status, owner: orderOwnerKey(released), locationId: released.locationId },
    { type: "pickup.queue", locationId: released.locationId },
  );
  await announceStock(db, released.lines.map((l) => ({ variantId: l.variantId, locationId: released.locationId })));
}
