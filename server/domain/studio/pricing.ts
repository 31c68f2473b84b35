import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { variant } from "@/db/schema";
import { publish } from "@/server/domain/events/bus";
import { notFound } from "@/server/errors";

/**
 * A marketer changes one variant's base price. The database records it in the price history
 * (a trigger), from which the 30-day "was" price of later sales is derived. Carts never copy
 * prices, so every cart shows the new one at once; open product and cart pages hear it live.
 */
export async function changePrice(db: Db, variantId: string, price: { amountMinor: number }) {
  const [changed] = await db
    .update(variant)
    .set({ priceMinor: price.amountMinor })
    .where(eq(variant.id, variantId))
    .returning({ id: variant.id, sku: variant.sku, priceMinor: variant.priceMinor, currency: variant.currency });
  if (!changed) throw notFound("variant");
  await publish({
    type: "price.changed",
    variantId: changed.id,
    amountMinor: changed.priceMinor,
    currency: changed.currency,
  });
  return {
    variantId: changed.id,
    sku: changed.sku,
    price: { amountMinor: changed.priceMinor, currency: changed.currency },
  };
}
