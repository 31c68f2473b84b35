import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { user } from "@/db/schema";
import { addItem, getCart, removeItem, setQuantity } from "@/server/domain/cart/cart";
import { notFound } from "@/server/errors";
import type { Shopper } from "./shopper";

/** The customer as a shopper, so staff change the very cart on their phone; staff accounts are not served. */
async function customerShopper(db: Db, customerId: string): Promise<Shopper> {
  const [row] = await db
    .select({ id: user.id })
    .from(user)
    .where(and(eq(user.id, customerId), eq(user.role, "customer")));
  if (!row) throw notFound("customer");
  return { kind: "customer", id: row.id };
}

/**
 * Staff add to a customer's cart for them, at the counter. The cart domain announces the change,
 * so the customer's phone shows it at once; their history says it came through the store, and who.
 */
export async function addToCustomerCart(
  db: Db,
  staffId: string,
  customerId: string,
  variantId: string,
  quantity: number,
) {
  const shopper = await customerShopper(db, customerId);
  await addItem(db, shopper, variantId, quantity, { channel: "store", staffId });
  return getCart(db, shopper);
}

export async function setCustomerCartQuantity(db: Db, customerId: string, variantId: string, quantity: number) {
  const shopper = await customerShopper(db, customerId);
  await setQuantity(db, shopper, variantId, quantity);
  return getCart(db, shopper);
}

export async function removeFromCustomerCart(db: Db, customerId: string, variantId: string) {
  const shopper = await customerShopper(db, customerId);
  await removeItem(db, shopper, variantId);
  return getCart(db, shopper);
}

/** The key of the customer's cart events, for a staff screen that follows the cart live. */
export async function customerCartOwner(db: Db, customerId: string) {
  return customerShopper(db, customerId);
}
