import "server-only";
import { eq, sql } from "drizzle-orm";
import { idempotencyKey, order, orderLine, type NewOrder } from "@/db/schema";
import type { Tx } from "@/server/domain/cart/cart";

/** A line as it goes on the order: the price charged and the names the receipt keeps. */
export type OrderLineInput = { variantId: string; quantity: number; sku: string; name: string; slug: string; size: string | null; colour: string | null; priceMinor: number };

/**
 * Writes an order and its lines inside the caller's transaction and ties the idempotency key to
 * it; the number is the fulfilling location's code and the shared sequence. Web checkout, counter
 * sales and endless-aisle orders all place orders through here.
 */
export async function insertOrder(tx: Tx, code: string, key: string, values: Omit<NewOrder, "number">, lines: OrderLineInput[]) {
  const [placed] = await tx
    .insert(order)
    .values({ ...values, number: sql`${code} || '-' || nextval('order_number_seq')` })
    .returning({ id: order.id, number: order.number, status: order.status, pickupCode: order.pickupCode, totalMinor: order.totalMinor, currency: order.currency });
  if (!placed) throw new Error("order insert returned nothing");
  await tx.insert(orderLine).values(
    lines.map((l) => ({
      orderId: placed.id,
      variantId: l.variantId,
      sku: l.sku,
      productName: l.name,
      productSlug: l.slug,
      size: l.size,
      colour: l.colour,
      quantity: l.quantity,
      unitPriceMinor: l.priceMinor,
    })),
  );
  await tx.update(idempotencyKey).set({ orderId: placed.id }).where(eq(idempotencyKey.key, key));
  return placed;
}
