import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { cart, cartItem } from "@/db/schema";
import type { StockKey } from "@/server/domain/events/announce";
import { releaseHolds, supplyByLocation } from "@/server/domain/inventory/stock";
import type { Tx } from "@/db/client";
import { describeVariant, lockOpenCart, MAX_LINE_QUANTITY, cartLines } from "./cart";

/**
 * Signing in folds the guest's cart into the customer's one open cart: the same variant adds
 * up, then is capped by what one location can supply; the customer is told about every cap.
 * The guest cart is kept, marked merged, so the merge happens once.
 */
export async function mergeGuestCart(
  tx: Tx,
  guestId: string,
  customerId: string,
): Promise<{ notices: string[]; cartId: string | null; released: StockKey[] }> {
  const [guestCart] = await tx
    .select()
    .from(cart)
    .where(and(eq(cart.guestId, guestId), eq(cart.status, "open")))
    .for("update");
  if (!guestCart) return { notices: [], cartId: null, released: [] };
  const target = await lockOpenCart(tx, { kind: "customer", id: customerId });
  const released = [...(await releaseHolds(tx, guestCart.id)), ...(await releaseHolds(tx, target.id))];

  // In turn: a transaction is one connection, and pg is deprecating overlapping queries on one.
  const guestLines = await cartLines(tx, guestCart.id);
  const ownLines = await cartLines(tx, target.id);
  const supply = await supplyByLocation(
    tx,
    guestLines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })),
    target.id,
  );
  const notices: string[] = [];
  for (const line of guestLines) {
    const already = ownLines.find((o) => o.variantId === line.variantId)?.quantity ?? 0;
    const wanted = already + line.quantity;
    const cap = Math.min(supply.mostAnywhere(line.variantId), MAX_LINE_QUANTITY);
    const quantity = Math.min(wanted, cap);
    const what = describeVariant(line);
    if (quantity <= already) {
      if (wanted > already)
        notices.push(
          cap === 0
            ? `${what} is sold out, so we couldn’t add it.`
            : `${what}: you already had ${already}, all we can supply.`,
        );
      continue;
    }
    if (quantity < wanted)
      notices.push(`${what}: we could add only ${quantity - already} of ${line.quantity}, all we can supply.`);
    await tx
      .insert(cartItem)
      .values({ cartId: target.id, variantId: line.variantId, quantity, priceSeenMinor: line.priceSeenMinor })
      .onConflictDoUpdate({ target: [cartItem.cartId, cartItem.variantId], set: { quantity } });
  }
  await tx
    .update(cart)
    .set({ status: "merged", updatedAt: sql`now()` })
    .where(eq(cart.id, guestCart.id));
  await tx
    .update(cart)
    .set({ notices: sql`${cart.notices} || ${JSON.stringify(notices)}::jsonb`, updatedAt: sql`now()` })
    .where(eq(cart.id, target.id));
  return { notices, cartId: target.id, released };
}
