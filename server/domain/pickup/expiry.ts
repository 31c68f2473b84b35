import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { order } from "@/db/schema";
import type { PaymentProvider } from "@/server/domain/payments/provider";
import { announceReleased, releaseOrder } from "./release";

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
    const released = await db.transaction(async (tx) => {
      const [current] = await tx
        .select()
        .from(order)
        .where(and(eq(order.id, id), eq(order.status, "ready")))
        .for("update", { skipLocked: true });
      return current ? releaseOrder(tx, current, { status: "expired", actorId: null, note: `Not collected within ${opts.days} days` }) : null;
    });
    if (!released) continue;
    await announceReleased(db, provider, released);
    expired.push(released.number);
  }
  return { expired };
}

