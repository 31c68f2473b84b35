import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { variant } from "@/db/schema";
import { publish } from "@/server/domain/events/bus";
import { DomainError, notFound } from "@/server/errors";

/**
 * A marketer changes one variant's price (and its struck-through "was" price). Carts never copy
 * prices, so every cart shows the new one at once; open product and cart pages hear it live.
 */
export async function changePrice(
  db: Db,
  variantId: string,
  price: { amountMinor: number; compareAtMinor: number | null },
) {
  if (price.compareAtMinor !== null && price.compareAtMinor <= price.amountMinor) {
    throw new DomainError("INVALID_INPUT", "The “was” price must be higher than the new price.");
  }
  const [changed] = await db
    .update(variant)
    .set({ priceMinor: price.amountMinor, compareAtMinor: price.compareAtMinor })
    .where(eq(variant.id, variantId))
    .returning({
      id: variant.id,
      sku: variant.sku,
      priceMinor: variant.priceMinor,
      compareAtMinor: variant.compareAtMinor,
      currency: variant.currency,
    });
  if (!changed) throw notFound("That variant");
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
    compareAt:
      changed.compareAtMinor === null ? null : { amountMinor: changed.compareAtMinor, currency: changed.currency },
  };
}
