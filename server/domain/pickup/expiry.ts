import "server-only";
import { and, eq, inArray, isNotNull, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { order, type OrderStatus } from "@/db/schema";
import type { PaymentProvider } from "@/server/domain/payments/payments";
import { announceReleased, releaseOrder } from "./release";

/** A pickup order still waiting for its customer. */
const OPEN: OrderStatus[] = ["placed", "picking", "ready"];

/**
 * Pickup orders the customer did not come for expire: their units go back on sale and a card
 * authorisation is voided. Two clocks: a ready order not collected within `days` of being marked
 * ready; and an unpaid (pay-at-pickup) order not collected by its collect-by date, whatever its
 * status, so an order nobody picks cannot keep its units forever. Each order is its own
 * transaction, and rows another run is handling are skipped, so the app's timer and
 * `npm run jobs:expire` (or several instances) can run at once without expiring anything twice.
 */
export async function expireUncollected(db: Db, provider: PaymentProvider, opts: { days: number; now?: Date }) {
  const now = opts.now ?? new Date();
  const cutoff = new Date(now.getTime() - opts.days * 24 * 60 * 60 * 1000);
  const readyTooLong = and(
    eq(order.fulfilment, "pickup"),
    eq(order.status, "ready"),
    sql`(select max(e.created_at) from order_event e where e.order_id = ${order.id} and e.status = 'ready') <= ${cutoff.toISOString()}::timestamptz`,
  );
  // The terms of order_unpaid_collect_by_idx, so the sweep reads that index.
  const unpaidPastCollectBy = and(
    isNotNull(order.collectBy),
    eq(order.paymentStatus, "pending"),
    lte(order.collectBy, now),
    inArray(order.status, OPEN),
  );
  const due = [
    ...(await dueIds(db, unpaidPastCollectBy)).map((id) => ({
      id,
      still: unpaidPastCollectBy,
      note: "Not collected and paid by its collect-by date",
    })),
    ...(await dueIds(db, readyTooLong)).map((id) => ({
      id,
      still: eq(order.status, "ready"),
      note: `Not collected within ${opts.days} days`,
    })),
  ];
  const expired: string[] = [];
  for (const { id, still, note } of due) {
    const released = await db.transaction(async (tx) => {
      // Still due now it is locked: collected, paid or ended since the list was read, it is left alone.
      const [current] = await tx
        .select()
        .from(order)
        .where(and(eq(order.id, id), still))
        .for("update", { skipLocked: true });
      return current ? releaseOrder(tx, current, { status: "expired", actorId: null, note }) : null;
    });
    if (!released) continue;
    await announceReleased(db, provider, released);
    expired.push(released.number);
  }
  return { expired };
}

async function dueIds(db: Db, where: SQL | undefined) {
  return (await db.select({ id: order.id }).from(order).where(where)).map((r) => r.id);
}
