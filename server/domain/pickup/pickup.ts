import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { order, orderEvent, orderLine, type Order, type OrderStatus } from "@/db/schema";
import { orderOwnerKey } from "@/server/domain/customers/shopper";
import { publish } from "@/server/domain/events/bus";
import { DomainError, notFound, say, type ErrorKey } from "@/server/errors";
import { queueOrderReady } from "@/server/domain/notifications/messages";
import { deliverSoon } from "@/server/domain/notifications/outbox";

/** Click-and-collect orders a store still has to prepare or hand over. */
const OPEN: OrderStatus[] = ["placed", "picking", "ready"];

/** The store's queue, oldest first: what staff pick next. Only this store's pickup orders. */
export async function pickupQueue(db: Db, storeId: string) {
  const orders = await db
    .select({
      id: order.id,
      orderNumber: order.number,
      status: order.status,
      contactName: order.contactName,
      placedAt: order.placedAt,
      paymentMethod: order.paymentMethod,
      paymentStatus: order.paymentStatus,
      /** Unpaid orders: not collected by then, they expire (expiry.ts). */
      collectBy: order.collectBy,
      /** What to take at the counter for "pay at pickup" orders. */
      totalMinor: order.totalMinor,
      currency: order.currency,
      itemCount: sql<number>`(select coalesce(sum(ol.quantity), 0)::int from order_line ol where ol.order_id = "order"."id")`,
      /** Units picked or found missing: when it reaches itemCount the order can be marked ready. */
      resolvedCount: sql<number>`(select coalesce(sum(ol.picked_quantity + ol.missing_quantity), 0)::int from order_line ol where ol.order_id = "order"."id")`,
    })
    .from(order)
    .where(and(eq(order.locationId, storeId), eq(order.fulfilment, "pickup"), inArray(order.status, OPEN)))
    .orderBy(asc(order.placedAt));
  return orders.map(({ totalMinor, currency, ...o }) => ({ ...o, total: { amountMinor: totalMinor, currency } }));
}

/** This store's pickup order, locked for the transaction; anyone else's is NOT_FOUND. */
export async function lockStoreOrder(tx: Tx, storeId: string, orderNumber: string) {
  const [row] = await tx
    .select()
    .from(order)
    .where(
      and(eq(order.number, orderNumber.toUpperCase()), eq(order.locationId, storeId), eq(order.fulfilment, "pickup")),
    )
    .for("update");
  if (!row) throw notFound("order");
  return row;
}

/** The moves staff make on a pickup order, and from where each may be made. */
const MOVES = {
  startPicking: { from: ["placed"], to: "picking", refusal: "errors.pickup.cannotStartPicking" },
  markReady: { from: ["placed", "picking"], to: "ready", refusal: "errors.pickup.cannotMarkReady" },
} as const satisfies Record<string, { from: OrderStatus[]; to: OrderStatus; refusal: ErrorKey }>;

export type PickupMove = keyof typeof MOVES;

/**
 * Moves one of this store's pickup orders along, in one transaction with its order event, then
 * announces it (the customer's order page and the store's queue follow live). Another store's
 * order is NOT_FOUND: staff act on their own store only. Ready needs every unit picked or marked
 * missing, and tells the customer (through the outbox).
 */
export async function movePickup(db: Db, storeId: string, staffId: string, orderNumber: string, move: PickupMove) {
  const { from, to, refusal } = MOVES[move];
  const moved = await db.transaction(async (tx) => {
    const current = await lockStoreOrder(tx, storeId, orderNumber);
    if (!(from as readonly OrderStatus[]).includes(current.status)) {
      throw new DomainError(
        "INVALID_TRANSITION",
        {
          key: refusal,
          values: (locale) => ({
            number: current.number,
            state: say({ key: "errors.orderState", values: { status: current.status } }, locale),
          }),
        },
        { status: current.status },
      );
    }
    if (to === "ready") await requireAllResolved(tx, current);
    await tx
      .update(order)
      .set({ status: to, updatedAt: sql`now()` })
      .where(eq(order.id, current.id));
    await tx.insert(orderEvent).values({ orderId: current.id, status: to, channel: "store", actorId: staffId });
    if (to === "ready") await queueOrderReady(tx, current.id);
    return current;
  });
  if (to === "ready") deliverSoon(db);
  await publish(
    {
      type: "order.updated",
      orderId: moved.id,
      number: moved.number,
      status: to,
      owner: orderOwnerKey(moved),
      locationId: storeId,
    },
    { type: "pickup.queue", locationId: storeId },
  );
  return { orderNumber: moved.number, status: to };
}

/** Every unit must be picked or marked missing before an order waits at the counter. */
async function requireAllResolved(tx: Tx, current: Order) {
  const [row] = await tx
    .select({
      left: sql<number>`coalesce(sum(${orderLine.quantity} - ${orderLine.pickedQuantity} - ${orderLine.missingQuantity}), 0)::int`,
    })
    .from(orderLine)
    .where(eq(orderLine.orderId, current.id));
  const left = row?.left ?? 0;
  if (left > 0) {
    throw new DomainError(
      "INVALID_TRANSITION",
      { key: "errors.pickup.stillToPick", values: { number: current.number, left } },
      {
        status: current.status,
        unpicked: left,
      },
    );
  }
}
