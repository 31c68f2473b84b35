import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { order, orderEvent, orderLine, stockLevel } from "@/db/schema";
import { announceStock } from "@/server/domain/events/announce";
import { publish } from "@/server/domain/events/bus";
import type { PaymentProvider } from "@/server/domain/payments/provider";

/**
 * Ready pickup orders not collected within `days` of being marked ready expire: their units go
 * back on sale and a card authorisation is voided. Each order is its own transaction, and rows
 * another run is handling are skipped, so the app's timer and `npm run jobs:expire` (or several
 * instances) can run at once without expiring anything twice.
 */
export async function expireUncollected(db: Db, provider: PaymentProvider, opts: { days: number; now?: Date }) {
  const cutoff = new Date((opts.now ?? new Date()).getTime() - opts.days * 24 * 60 * 60 * 1000);
  const due = await db
    .select({ id: order.id })
    .from(order)
    .where(
      and(
        eq(order.fulfilment, "pickup"),
        eq(order.status, "ready"),
        sql`(select max(e.created_at) from order_event e where e.order_id = ${order.id} and e.status = 'ready') <= ${cutoff.toISOString()}::timestamptz`,
      ),
    );
  const expired: string[] = [];
  for (const { id } of due) {
    const row = await db.transaction(async (tx) => {
      const [current] = await tx
        .select()
        .from(order)
        .where(and(eq(order.id, id), eq(order.status, "ready")))
        .for("update", { skipLocked: true });
      if (!current) return null;
      const lines = await tx.select({ variantId: orderLine.variantId, quantity: orderLine.quantity }).from(orderLine).where(eq(orderLine.orderId, id));
      for (const l of lines) {
        await tx
          .update(stockLevel)
          .set({ reserved: sql`${stockLevel.reserved} - ${l.quantity}`, updatedAt: sql`now()` })
          .where(and(eq(stockLevel.variantId, l.variantId), eq(stockLevel.locationId, current.locationId)));
      }
      const voided = current.paymentMethod === "card" && current.paymentStatus === "authorized";
      await tx.update(order).set({ status: "expired", ...(voided ? { paymentStatus: "voided" as const } : {}), updatedAt: sql`now()` }).where(eq(order.id, id));
      await tx.insert(orderEvent).values({ orderId: id, status: "expired", channel: "store", note: `Not collected within ${opts.days} days` });
      return { ...current, lines, voided };
    });
    if (!row) continue;
    if (row.voided && row.paymentReference) await provider.void(row.paymentReference).catch((e) => console.error("voiding authorisation failed", e));
    const owner = row.customerId ? `customer:${row.customerId}` : row.guestId ? `guest:${row.guestId}` : null;
    await publish(
      { type: "order.updated", orderId: row.id, number: row.number, status: "expired", owner, locationId: row.locationId },
      { type: "pickup.queue", locationId: row.locationId },
    );
    await announceStock(db, row.lines.map((l) => ({ variantId: l.variantId, locationId: row.locationId })));
    expired.push(row.number);
  }
  return { expired };
}

