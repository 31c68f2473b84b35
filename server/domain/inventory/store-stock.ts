import "server-only";
import { and, asc, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { escapeLike, type Db } from "@/db/client";
import { order, product, stockLevel, stockMovement, user, variant } from "@/db/schema";
import { normaliseSearch } from "@/server/domain/catalog/search-text";
import { notFound } from "@/server/errors";
import { availableUnits } from "./stock";

/** At or below this many units to sell, an item is flagged low so staff reorder in time. */
export const LOW_STOCK_AT = 3;
export const STOCK_PAGE_SIZE = 25;

/**
 * Every word must match the product's name (its search text: name, brand, category, colours), the
 * SKU or the barcode, so "beanie ecru", "KNT-MERINO" and a scanned EAN all find the item.
 */
function matching(query: string): SQL | undefined {
  // Whitespace separates words; a SKU's dashes do not, so "ACC-BELT-BLK-L" is one word, one item.
  const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 8);
  if (!words.length) return undefined;
  return and(
    ...words.map((w) => {
      const name = normaliseSearch(w).split(" ").filter(Boolean);
      return or(
        ilike(variant.sku, `%${escapeLike(w)}%`),
        ilike(variant.barcode, `${escapeLike(w)}%`),
        ilike(variant.size, escapeLike(w)),
        name.length ? and(...name.map((n) => ilike(product.searchText, `%${escapeLike(n)}%`))) : undefined,
      );
    }),
  );
}

/** A store's figures for an item, zeros where it never stocked it (the row appears on its first delivery). */
const levelColumns = {
  variantId: variant.id,
  sku: variant.sku,
  barcode: variant.barcode,
  name: product.name,
  size: variant.size,
  colour: variant.colour,
  onHand: sql<number>`coalesce(${stockLevel.onHand}, 0)::int`,
  reserved: sql<number>`coalesce(${stockLevel.reserved}, 0)::int`,
  // What the storefront can still promise: on hand less reservations and checkouts under way.
  available: sql<number>`greatest(coalesce(${availableUnits()}, 0), 0)::int`,
};

function flagged<T extends { available: number }>(row: T) {
  return { ...row, soldOut: row.available <= 0, low: row.available > 0 && row.available <= LOW_STOCK_AT };
}

/**
 * The store's stock, every catalog item with this store's figures only, searchable by name, SKU
 * or barcode, a page at a time (alphabetical, sizes in their catalog order).
 */
export async function storeStock(db: Db, storeId: string, opts: { query?: string; page?: number } = {}) {
  const page = Math.max(1, opts.page ?? 1);
  const where = matching(opts.query ?? "");
  const levels = db
    .select(levelColumns)
    .from(variant)
    .innerJoin(product, eq(product.id, variant.productId))
    .leftJoin(stockLevel, and(eq(stockLevel.variantId, variant.id), eq(stockLevel.locationId, storeId)))
    .where(where)
    .orderBy(asc(product.name), asc(variant.colour), asc(variant.position), asc(variant.sku))
    .limit(STOCK_PAGE_SIZE)
    .offset((page - 1) * STOCK_PAGE_SIZE);
  // The count needs no stock figures: every variant matching the search is listed.
  const counted = db
    .select({ n: sql<number>`count(*)::int` })
    .from(variant)
    .innerJoin(product, eq(product.id, variant.productId))
    .where(where);
  const [rows, [count]] = await Promise.all([levels, counted]);
  const total = count?.n ?? 0;
  return {
    items: rows.map(flagged),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / STOCK_PAGE_SIZE)),
    pageSize: STOCK_PAGE_SIZE,
  };
}

/** One item's figures at the store, or NOT_FOUND for a variant that does not exist. */
export async function storeItem(db: Db, storeId: string, variantId: string) {
  const [row] = await db
    .select(levelColumns)
    .from(variant)
    .innerJoin(product, eq(product.id, variant.productId))
    .leftJoin(stockLevel, and(eq(stockLevel.variantId, variant.id), eq(stockLevel.locationId, storeId)))
    .where(eq(variant.id, variantId));
  if (!row) throw notFound("item");
  return flagged(row);
}

/** Why an item's count changed at this store, newest first: deliveries, counts, missing picks, returns. */
export async function stockHistory(db: Db, storeId: string, variantId: string, limit = 50) {
  const item = await storeItem(db, storeId, variantId);
  const movements = await db
    .select({
      id: stockMovement.id,
      kind: stockMovement.kind,
      delta: stockMovement.delta,
      onHandAfter: stockMovement.onHandAfter,
      reason: stockMovement.reason,
      at: stockMovement.createdAt,
      by: user.name,
      orderNumber: order.number,
    })
    .from(stockMovement)
    .leftJoin(user, eq(user.id, stockMovement.actorId))
    .leftJoin(order, eq(order.id, stockMovement.orderId))
    .where(and(eq(stockMovement.locationId, storeId), eq(stockMovement.variantId, variantId)))
    .orderBy(desc(stockMovement.createdAt), desc(stockMovement.id))
    .limit(limit);
  return { item, movements };
}
