import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { category, location, media, product, productImage, stockLevel, variant } from "@/db/schema";
import type { Money } from "@/lib/money";
import { notFound } from "@/server/errors";
import { available, sellableOnline } from "./catalog";
import { earliest, nextPriceChangeOn, wasOn, webPrice } from "./channel-price";

export type ProductDetail = Awaited<ReturnType<typeof getProduct>>;

/**
 * A product page: variants with price and availability at every location that sells online.
 * `preview` (the studio's, for marketers) shows it whether or not it is on the web now.
 */
export async function getProduct(db: Db, slug: string, options: { preview?: boolean } = {}) {
  const [p] = await db
    .select({
      id: product.id,
      slug: product.slug,
      name: product.name,
      brand: product.brand,
      description: product.description,
      care: product.care,
      fit: product.fit,
      onWeb: sql<boolean>`coalesce(${sellableOnline}, false)`,
      publication: { from: product.webFrom, until: product.webUntil },
      category: { slug: category.slug, name: category.name },
    })
    .from(product)
    .innerJoin(category, eq(category.id, product.categoryId))
    .where(and(eq(product.slug, slug), options.preview ? undefined : sellableOnline));
  if (!p) throw notFound("product");

  const [variants, images, stock] = await Promise.all([
    db
      .select({
        id: variant.id,
        sku: variant.sku,
        size: variant.size,
        colour: variant.colour,
        colourHex: variant.colourHex,
        currency: variant.currency,
        priceMinor: webPrice,
        wasMinor: wasOn("web"),
        nextChange: nextPriceChangeOn("web"),
      })
      .from(variant)
      .where(and(eq(variant.productId, p.id), isNull(variant.archivedAt)))
      .orderBy(asc(variant.position)),
    db
      .select({
        url: productImage.url,
        alt: productImage.alt,
        colour: productImage.colour,
        // Uploaded images have renditions to choose from (lib/media.ts); the demo's files in public/ do not.
        media: { hash: media.hash, width: media.width, height: media.height },
      })
      .from(productImage)
      .leftJoin(media, eq(media.hash, productImage.mediaHash))
      .where(eq(productImage.productId, p.id))
      .orderBy(asc(productImage.position)),
    db
      .select({
        variantId: stockLevel.variantId,
        locationId: location.id,
        locationName: location.name,
        locationCode: location.code,
        kind: location.kind,
        clickAndCollect: location.clickAndCollect,
        available: sql<number>`greatest(${available}, 0)::int`,
      })
      .from(stockLevel)
      .innerJoin(variant, eq(variant.id, stockLevel.variantId))
      .innerJoin(location, eq(location.id, stockLevel.locationId))
      .where(eq(variant.productId, p.id))
      .orderBy(asc(location.sortOrder)),
  ]);

  return {
    ...p,
    /** The web price shown here. */
    priceChannel: "web" as const,
    /** When a sale on one of its variants starts or ends: the open page refreshes then. */
    nextPriceChange: earliest(variants.map((v) => v.nextChange)),
    images,
    variants: variants.map((v) => ({
      id: v.id,
      sku: v.sku,
      size: v.size,
      colour: v.colour,
      colourHex: v.colourHex,
      price: { amountMinor: v.priceMinor, currency: v.currency } satisfies Money,
      /** The lowest web price of the 30 days before the sale in force began, when above today's. */
      compareAt: v.wasMinor !== null ? ({ amountMinor: v.wasMinor, currency: v.currency } satisfies Money) : null,
      availability: stock
        .filter((s) => s.variantId === v.id)
        .map(({ locationId, locationName, locationCode, kind, clickAndCollect, available }) => ({
          locationId,
          locationName,
          locationCode,
          kind,
          clickAndCollect,
          available,
        })),
    })),
  };
}
