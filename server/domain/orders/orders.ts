import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { location, order, orderEvent, orderLine, type OrderStatus } from "@/db/schema";
import type { OrderStatus as WordedStatus } from "@/lib/order-status";
import type { Money } from "@/lib/money";
import { ownedBy, type Shopper } from "@/server/domain/customers/shopper";
import { notFound } from "@/server/errors";

/** lib/order-status.ts words the statuses of the schema's enum: the two lists must agree. */
type Agree<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _statusesAgree: Agree<OrderStatus, WordedStatus> = true;

const summaryColumns = {
  id: order.id,
  number: order.number,
  channel: order.channel,
  fulfilment: order.fulfilment,
  status: order.status,
  paymentMethod: order.paymentMethod,
  paymentStatus: order.paymentStatus,
  pickupCode: order.pickupCode,
  /** Paid at pickup: not collected by then, the order expires and its items go back on sale. */
  collectBy: order.collectBy,
  deliveryAddress: order.deliveryAddress,
  email: order.email,
  contactName: order.contactName,
  subtotalMinor: order.subtotalMinor,
  shippingMinor: order.shippingMinor,
  totalMinor: order.totalMinor,
  currency: order.currency,
  placedAt: order.placedAt,
  /** Bought at a store's counter and taken home there and then (not an endless-aisle order). */
  soldAtCounter: sql<boolean>`(${order.channel} = 'store' and ${order.soldAtLocationId} is not distinct from ${order.locationId} and ${order.fulfilment} = 'pickup')`,
  location: {
    id: location.id,
    name: location.name,
    code: location.code,
    kind: location.kind,
    addressLine: location.addressLine,
    city: location.city,
    openingHours: location.openingHours,
    timezone: location.timezone,
  },
};

async function withDetails(db: Db, rows: Awaited<ReturnType<typeof selectOrders>>) {
  const ids = rows.map((r) => r.id);
  const [lines, events] = ids.length
    ? await Promise.all([
        db.select().from(orderLine).where(inArray(orderLine.orderId, ids)).orderBy(asc(orderLine.sku)),
        db
          .select({
            orderId: orderEvent.orderId,
            status: orderEvent.status,
            channel: orderEvent.channel,
            note: orderEvent.note,
            at: orderEvent.createdAt,
          })
          .from(orderEvent)
          .where(inArray(orderEvent.orderId, ids))
          .orderBy(asc(orderEvent.createdAt)),
      ])
    : [[], []];
  return rows.map((r) => {
    const money = (amountMinor: number): Money => ({ amountMinor, currency: r.currency });
    return {
      ...r,
      subtotal: money(r.subtotalMinor),
      shipping: money(r.shippingMinor),
      total: money(r.totalMinor),
      lines: lines
        .filter((l) => l.orderId === r.id)
        .map((l) => ({
          variantId: l.variantId,
          sku: l.sku,
          name: l.productName,
          slug: l.productSlug,
          size: l.size,
          colour: l.colour,
          quantity: l.quantity,
          /** Units the store could not find: not charged, not handed over. */
          missing: l.missingQuantity,
          unitPrice: money(l.unitPriceMinor),
          lineTotal: money(l.unitPriceMinor * (l.quantity - l.missingQuantity)),
        })),
      /** Every status the order went through, oldest first. */
      timeline: events
        .filter((e) => e.orderId === r.id)
        .map(({ status, channel, note, at }) => ({ status, channel, note, at })),
    };
  });
}

function selectOrders(db: Db) {
  return db.select(summaryColumns).from(order).innerJoin(location, eq(location.id, order.locationId));
}

/** Every order of the shopper, from every channel, newest first. */
export async function listOrders(db: Db, shopper: Shopper, limit = 200) {
  const rows = await selectOrders(db).where(ownedBy(order, shopper)).orderBy(desc(order.placedAt)).limit(limit);
  return withDetails(db, rows);
}

export type OrderView = Awaited<ReturnType<typeof listOrders>>[number];

/** One of the shopper's orders by number or id; anyone else's is NOT_FOUND, not FORBIDDEN. */
export async function getOrder(db: Db, shopper: Shopper, ref: { number: string } | { id: string }) {
  const match = "number" in ref ? eq(order.number, ref.number.toUpperCase()) : eq(order.id, ref.id);
  const rows = await selectOrders(db).where(and(match, ownedBy(order, shopper)));
  const [found] = await withDetails(db, rows);
  if (!found) throw notFound("order");
  return found;
}
