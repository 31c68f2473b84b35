import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  location,
  order,
  orderLine,
  orderReturn,
  orderReturnLine,
  user,
  type Order,
  type OrderStatus,
} from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import { notFound, say, type Said } from "@/server/errors";

/**
 * Goods can come back once the customer has them: collected at a counter (click and collect or a
 * sale in a store) or delivered. Shipped orders are still with the carrier; earlier ones are
 * cancelled at the pickup queue instead, where their reservation is released.
 */
export const RETURNABLE_STATUSES: readonly OrderStatus[] = ["collected", "delivered"];

/** Why an order cannot be returned, in words for the counter; null when it can. */
export function whyNotReturnable(row: Pick<Order, "number" | "status" | "paymentStatus">): Said | null {
  const values = { number: row.number, status: row.status };
  if (!RETURNABLE_STATUSES.includes(row.status)) {
    return row.status === "cancelled" || row.status === "expired"
      ? { key: "errors.returns.neverReceived", values }
      : { key: "errors.returns.notYetReceived", values };
  }
  // Refunded: everything it kept came back already; the per-line check says the same.
  if (row.paymentStatus !== "paid" && row.paymentStatus !== "refunded")
    return { key: "errors.returns.notPaid", values };
  return null;
}

/** Refunds go back the way the customer paid: a card online is refunded to it; at the counter, in cash. */
export function refundMethodFor(row: Pick<Order, "paymentMethod">): "card" | "cash" {
  return row.paymentMethod === "card" ? "card" : "cash";
}

/**
 * An order of any channel and any location, as the returns counter needs it: what each line can
 * still bring back (ordered, less units never handed over, less units already returned), how the
 * refund would be paid, and the returns made so far.
 */
export async function findReturnableOrder(db: Db, orderNumber: string, locale: Locale = "en") {
  const [row] = await db
    .select({
      id: order.id,
      number: order.number,
      channel: order.channel,
      fulfilment: order.fulfilment,
      status: order.status,
      contactName: order.contactName,
      customerId: order.customerId,
      paymentMethod: order.paymentMethod,
      paymentStatus: order.paymentStatus,
      totalMinor: order.totalMinor,
      currency: order.currency,
      placedAt: order.placedAt,
      fulfilledBy: location.name,
    })
    .from(order)
    .innerJoin(location, eq(location.id, order.locationId))
    .where(eq(order.number, orderNumber.trim().toUpperCase()));
  if (!row) throw notFound("orderNumber", { number: orderNumber.trim().toUpperCase() });
  const lines = await db
    .select()
    .from(orderLine)
    .where(eq(orderLine.orderId, row.id))
    .orderBy(asc(orderLine.sku), asc(orderLine.id));
  const money = (amountMinor: number) => ({ amountMinor, currency: row.currency });
  const whyNot = whyNotReturnable(row);
  return {
    ...row,
    total: money(row.totalMinor),
    /** Why nothing can be returned, in the reader's language; null when something can. */
    whyNot: whyNot && say(whyNot, locale),
    refundMethod: refundMethodFor(row),
    lines: lines.map((l) => ({
      orderLineId: l.id,
      variantId: l.variantId,
      sku: l.sku,
      name: l.productName,
      size: l.size,
      colour: l.colour,
      quantity: l.quantity,
      missing: l.missingQuantity,
      returned: l.returnedQuantity,
      returnable: whyNot ? 0 : Math.max(0, l.quantity - l.missingQuantity - l.returnedQuantity),
      unitPrice: money(l.unitPriceMinor),
    })),
    returns: await listReturns(db, row.id),
  };
}

export type ReturnableOrder = Awaited<ReturnType<typeof findReturnableOrder>>;

/** The returns made against one order, newest first, with where, who and how it was refunded. */
export async function listReturns(db: Db, orderId: string) {
  const returns = await db
    .select({
      id: orderReturn.id,
      reason: orderReturn.reason,
      refundMinor: orderReturn.refundMinor,
      refundMethod: orderReturn.refundMethod,
      refundReference: orderReturn.refundReference,
      createdAt: orderReturn.createdAt,
      store: location.name,
      staff: user.name,
      currency: order.currency,
    })
    .from(orderReturn)
    .innerJoin(order, eq(order.id, orderReturn.orderId))
    .innerJoin(location, eq(location.id, orderReturn.locationId))
    .leftJoin(user, eq(user.id, orderReturn.staffId))
    .where(eq(orderReturn.orderId, orderId))
    .orderBy(desc(orderReturn.createdAt), desc(orderReturn.id));
  const lines = returns.length
    ? await db
        .select({
          returnId: orderReturnLine.returnId,
          sku: orderLine.sku,
          name: orderLine.productName,
          quantity: orderReturnLine.quantity,
          amountMinor: orderReturnLine.amountMinor,
        })
        .from(orderReturnLine)
        .innerJoin(orderLine, eq(orderLine.id, orderReturnLine.orderLineId))
        .where(
          and(
            inArray(
              orderReturnLine.returnId,
              returns.map((r) => r.id),
            ),
          ),
        )
        .orderBy(asc(orderLine.sku))
    : [];
  return returns.map(({ refundMinor, currency, ...r }) => ({
    ...r,
    refund: { amountMinor: refundMinor, currency },
    lines: lines
      .filter((l) => l.returnId === r.id)
      .map(({ returnId: _, amountMinor, ...l }) => ({ ...l, amount: { amountMinor, currency } })),
  }));
}
