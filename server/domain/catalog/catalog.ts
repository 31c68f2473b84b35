import "server-only";
import { and, asc, desc, eq, exists, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { category, media, product, productImage, productSlugRedirect, stockLevel, variant } from "@/db/schema";
import type { Money } from "@/lib/money";
import { availableUnits } from "@/server/domain/inventory/stock";
import type { ProductFilter, ProductSort } from "./inputs";
import { earliest, nextPriceChangeOn, wasOn, webPrice } from "./channel-price";
import { onWeb } from "./publication";

/**
 * The web shop's product lists: what may show, filtered and sorted, as product tiles. Categories
 * and their filters are in categories.ts, one product's page in product.ts, search in search.ts.
 */

export const sellableOnline = onWeb;

/** Where a product known by an earlier slug lives now (shared links keep working), or null. */
export async function movedProduct(db: Db, slug: string): Promise<string | null> {
  const [row] = await db
    .select({ slug: product.slug })
    .from(productSlugRedirect)
    .innerJoin(product, eq(product.id, productSlugRedirect.productId))
    .where(eq(productSlugRedirect.slug, slug));
  return row?.slug ?? null;
}
/** Counts other carts' holds, so a unit someone is paying for shows as gone everywhere. */
export const available = availableUnits();

/** The conditions one variant must meet for its product to show under these filters. */
function variantConditions(filter: Omit<ProductFilter, "sort" | "category">): SQL[] {
  const conds: SQL[] = [];
  if (filter.sizes?.length) conds.push(inArray(variant.size, filter.sizes));
  if (filter.colours?.length) conds.push(inArray(variant.colour, filter.colours));
  if (filter.minPriceMinor !== undefined) conds.push(gte(webPrice, filter.minPriceMinor));
  if (filter.maxPriceMinor !== undefined) conds.push(lte(webPrice, filter.maxPriceMinor));
  return conds;
}

export function productConditions(db: Db, filter: Omit<ProductFilter, "sort">): SQL {
  const conds: (SQL | undefined)[] = [sellableOnline];
  if (filter.category) {
    conds.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(category)
          .where(and(eq(category.id, product.categoryId), eq(category.slug, filter.category))),
      ),
    );
  }
  const perVariant = variantConditions(filter);
  if (filter.availableAt) {
    perVariant.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(stockLevel)
          .where(
            and(
              eq(stockLevel.variantId, variant.id),
              eq(stockLevel.locationId, filter.availableAt),
              sql`${available} > 0`,
            ),
          ),
      ),
    );
  }
  if (perVariant.length) {
    conds.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(variant)
          .where(and(eq(variant.productId, product.id), ...perVariant)),
      ),
    );
  }
  return and(...conds)!;
}

const minPrice = sql<number>`(select min(${webPrice}) from ${variant} where ${variant.productId} = ${product.id})`;

function orderFor(sort: ProductSort): SQL[] {
  switch (sort) {
    case "newest":
      return [desc(product.createdAt), asc(product.name)];
    case "price-asc":
      return [asc(minPrice), asc(product.name)];
    case "price-desc":
      return [desc(minPrice), asc(product.name)];
    case "name":
      return [asc(product.name)];
    case "featured":
      return [desc(product.featured), asc(product.name)];
  }
}

export type ProductCard = Awaited<ReturnType<typeof loadCards>>[number];

/**
 * Everything a product tile shows, for a page of product ids, in the given order:
 * price range, the first image, colours, and stock overall and at the shopper's store.
 */
export async function loadCards(db: Db, ids: string[], storeId: string | null) {
  if (ids.length === 0) return [];
  const [rows, variants, images, stock] = await Promise.all([
    db
      .select({
        id: product.id,
        slug: product.slug,
        name: product.name,
        brand: product.brand,
        categorySlug: category.slug,
      })
      .from(product)
      .innerJoin(category, eq(category.id, product.categoryId))
      .where(inArray(product.id, ids)),
    db
      .select({
        productId: variant.productId,
        priceMinor: webPrice,
        wasMinor: wasOn("web"),
        nextChange: nextPriceChangeOn("web"),
        currency: variant.currency,
        colour: variant.colour,
        colourHex: variant.colourHex,
      })
      .from(variant)
      .where(inArray(variant.productId, ids))
      .orderBy(asc(variant.position)),
    db
      .select({
        productId: productImage.productId,
        url: productImage.url,
        alt: productImage.alt,
        media: { hash: media.hash, width: media.width, height: media.height },
      })
      .from(productImage)
      .leftJoin(media, eq(media.hash, productImage.mediaHash))
      .where(and(inArray(productImage.productId, ids), eq(productImage.position, 0))),
    db
      .select({
        productId: variant.productId,
        total: sql<number>`coalesce(sum(greatest(${available}, 0)), 0)::int`,
        atStore: storeId
          ? sql<number>`coalesce(sum(greatest(${available}, 0)) filter (where ${stockLevel.locationId} = ${storeId}), 0)::int`
          : sql<number>`0`,
      })
      .from(stockLevel)
      .innerJoin(variant, eq(variant.id, stockLevel.variantId))
      .where(inArray(variant.productId, ids))
      .groupBy(variant.productId),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const p = byId.get(id);
    if (!p) return [];
    const vs = variants.filter((v) => v.productId === id);
    const prices = vs.map((v) => v.priceMinor);
    const currency = vs[0]?.currency ?? "EUR";
    // The tile's "was" is the cheapest variant's, so "from 39,90 €, was 49,90 €" names one item.
    const cheapest = vs.find((v) => v.priceMinor === Math.min(...prices));
    const colours = new Map<string, string | null>();
    for (const v of vs) if (v.colour) colours.set(v.colour, v.colourHex);
    const image = images.find((i) => i.productId === id) ?? null;
    const s = stock.find((x) => x.productId === id);
    return [
      {
        id: p.id,
        slug: p.slug,
        name: p.name,
        brand: p.brand,
        categorySlug: p.categorySlug,
        price: { amountMinor: Math.min(...prices), currency } satisfies Money,
        maxPrice: { amountMinor: Math.max(...prices), currency } satisfies Money,
        compareAt: cheapest?.wasMinor ? ({ amountMinor: cheapest.wasMinor, currency } satisfies Money) : null,
        /** When a sale on one of its variants starts or ends (the page refreshes then). */
        nextPriceChange: earliest(vs.map((v) => v.nextChange)),
        image: image ? { url: image.url, alt: image.alt, media: image.media } : null,
        colours: [...colours].map(([name, hex]) => ({ name, hex })),
        inStock: (s?.total ?? 0) > 0,
        availableAtStore: storeId ? (s?.atStore ?? 0) : null,
      },
    ];
  });
}

export async function listProducts(
  db: Db,
  filter: ProductFilter,
  page: { offset: number; limit: number },
  storeId: string | null = null,
) {
  const where = productConditions(db, filter);
  const [idRows, [count]] = await Promise.all([
    db
      .select({ id: product.id })
      .from(product)
      .where(where)
      .orderBy(...orderFor(filter.sort), asc(product.id))
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(product)
      .where(where),
  ]);
  const items = await loadCards(
    db,
    idRows.map((r) => r.id),
    storeId,
  );
  return { items, total: count?.n ?? 0 };
}

export async function featuredProducts(db: Db, limit: number, storeId: string | null = null) {
  const rows = await db
    .select({ id: product.id })
    .from(product)
    .where(and(sellableOnline, eq(product.featured, true)))
    .orderBy(asc(product.name))
    .limit(limit);
  return loadCards(
    db,
    rows.map((r) => r.id),
    storeId,
  );
}
