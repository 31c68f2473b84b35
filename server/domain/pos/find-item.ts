import "server-only";
import { and, asc, eq, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import { storePrice } from "@/server/domain/catalog/channel-price";
import { inStores } from "@/server/domain/catalog/publication";
import { escapeLike, type Db } from "@/db/client";
import { location, product, productImage, stockLevel, variant } from "@/db/schema";
import { normaliseSearch } from "@/server/domain/catalog/search-text";
import { availableUnits } from "@/server/domain/inventory/stock";

const MAX_PRODUCTS = 8;

/** Variants whose SKU or barcode is exactly the code (a scan), else those of products whose name matches. */
async function matchingVariantIds(db: Db, code: string) {
  const exact = await db
    .select({ id: variant.id })
    .from(variant)
    .innerJoin(product, eq(product.id, variant.productId))
    .where(
      and(or(eq(variant.sku, code.toUpperCase()), eq(variant.barcode, code)), isNull(variant.archivedAt), inStores),
    );
  if (exact.length) return { exact: true, ids: exact.map((r) => r.id) };
  const words = normaliseSearch(code).split(" ").filter(Boolean).slice(0, 6);
  if (!words.length) return { exact: false, ids: [] };
  const products = await db
    .select({ id: product.id })
    .from(product)
    .where(
      and(
        inStores,
        ...words.map((w) =>
          or(ilike(product.searchText, `%${escapeLike(w)}%`), ilike(product.slug, `%${escapeLike(w)}%`)),
        ),
      ),
    )
    .orderBy(asc(product.name))
    .limit(MAX_PRODUCTS);
  if (!products.length) return { exact: false, ids: [] };
  const rows = await db
    .select({ id: variant.id })
    .from(variant)
    .where(
      inArray(
        variant.productId,
        products.map((p) => p.id),
      ),
    );
  return { exact: false, ids: rows.map((r) => r.id) };
}

/**
 * The item finder at the counter: a scanned or typed SKU or barcode, or words of a product's name.
 * Each variant comes with its price, what this store has on the shelf, and where else it can be
 * had (the warehouse and click-and-collect stores), for the endless aisle.
 */
export async function findItem(db: Db, storeId: string, code: string) {
  const { exact, ids } = await matchingVariantIds(db, code.trim());
  if (!ids.length) return { exact, items: [] };
  const [variants, stock] = await Promise.all([
    db
      .select({
        variantId: variant.id,
        sku: variant.sku,
        barcode: variant.barcode,
        size: variant.size,
        colour: variant.colour,
        // The counter sells at the store price: a web-only sale leaves it alone.
        priceMinor: storePrice,
        currency: variant.currency,
        name: product.name,
        slug: product.slug,
        image: sql<
          string | null
        >`(select ${productImage.url} from ${productImage} where ${productImage.productId} = ${product.id}
          order by (${productImage.colour} is not distinct from ${variant.colour}) desc, ${productImage.position} limit 1)`,
      })
      .from(variant)
      .innerJoin(product, eq(product.id, variant.productId))
      .where(inArray(variant.id, ids))
      .orderBy(asc(product.name), asc(variant.position)),
    db
      .select({
        variantId: stockLevel.variantId,
        locationId: location.id,
        name: location.name,
        kind: location.kind,
        clickAndCollect: location.clickAndCollect,
        available: availableUnits(),
      })
      .from(stockLevel)
      .innerJoin(location, eq(location.id, stockLevel.locationId))
      .where(inArray(stockLevel.variantId, ids))
      .orderBy(asc(location.sortOrder)),
  ]);
  return {
    exact,
    items: variants.map(({ priceMinor, currency, ...v }) => {
      const rows = stock.filter((s) => s.variantId === v.variantId);
      return {
        ...v,
        price: { amountMinor: priceMinor, currency },
        /** Units on this store's shelf that no order or checkout has claimed. */
        here: Math.max(0, rows.find((s) => s.locationId === storeId)?.available ?? 0),
        /** Where the endless aisle can order it from: pickup at another store, or delivery from the warehouse. */
        elsewhere: rows
          .filter((s) => s.locationId !== storeId && s.available > 0 && (s.kind === "warehouse" || s.clickAndCollect))
          .map((s) => ({ locationId: s.locationId, name: s.name, kind: s.kind, available: s.available })),
      };
    }),
  };
}
