import "server-only";
import { and, asc, desc, eq, ilike, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { escapeLike, type Db } from "@/db/client";
import { category, product, productImage, stockLevel, variant } from "@/db/schema";
import type { Money } from "@/lib/money";
import { normaliseSearch } from "@/server/domain/catalog/search-text";
import { DomainError } from "@/server/errors";
import { liveOn } from "@/server/domain/catalog/publication";
import type { StudioChannelFilter, StudioProductListQuery, StudioProductSort, StudioProductStatus } from "./inputs";

const onWeb = liveOn("web");
const onStores = liveOn("store");
/** A publication that has not opened yet, on either channel. */
const upcoming = sql`(${product.webFrom} > now() or ${product.storeFrom} > now())`;

/** Published: on sale on a channel now; scheduled: not yet, but a window opens later; else draft. */
export const studioStatus = sql<StudioProductStatus>`case
  when ${onWeb} or ${onStores} then 'published'
  when ${upcoming} then 'scheduled'
  else 'draft' end`;

function statusCondition(status: StudioProductStatus): SQL {
  if (status === "published") return sql`(${onWeb} or ${onStores})`;
  const notLive = sql`not coalesce(${onWeb} or ${onStores}, false)`;
  if (status === "scheduled") return sql`(${notLive} and coalesce(${upcoming}, false))`;
  return sql`(${notLive} and not coalesce(${upcoming}, false))`;
}

function channelCondition(channel: StudioChannelFilter): SQL {
  if (channel === "web") return onWeb;
  if (channel === "store") return onStores;
  return sql`not coalesce(${onWeb} or ${onStores}, false)`;
}

/** Whether one unclaimed unit is on a shelf: stops at the first, where the sum reads them all. */
const unitOnAShelf = sql`(select 1 from ${stockLevel} join ${variant} on ${variant.id} = ${stockLevel.variantId}
  where ${variant.productId} = ${product.id} and ${variant.archivedAt} is null
    and ${stockLevel.onHand} > ${stockLevel.reserved})`;

// Keyset pagination: the cursor is the last row's sort key and id, so a page is one index range
// however deep the marketer scrolls, and rows added or changed meanwhile cause no duplicates.
const cursorShape = z.tuple([z.enum(["name", "updated"]), z.string().max(300), z.uuid()]);

function encodeCursor(sort: StudioProductSort, key: string, id: string): string {
  return Buffer.from(JSON.stringify([sort, key, id])).toString("base64url");
}

function decodeCursor(cursor: string, sort: StudioProductSort): { key: string; id: string } {
  let parsed: z.infer<typeof cursorShape> | null = null;
  try {
    const result = cursorShape.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    parsed = result.success ? result.data : null;
  } catch {
    parsed = null;
  }
  // A cursor from another sort would skip or repeat rows: refuse it rather than guess.
  if (!parsed || parsed[0] !== sort) throw new DomainError("INVALID_INPUT", { key: "errors.studio.staleCursor" });
  return { key: parsed[1], id: parsed[2] };
}

/** The updated-at sort key as text with its microseconds: a JS Date would round them off. */
const updatedKey = sql<string>`to_char(${product.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function ordering(
  sort: StudioProductSort,
  after: { key: string; id: string } | null,
): { order: SQL[]; after: SQL | null; key: SQL<string> } {
  if (sort === "updated") {
    return {
      order: [desc(product.updatedAt), desc(product.id)],
      after: after ? sql`(${product.updatedAt}, ${product.id}) < (${after.key}::timestamptz, ${after.id}::uuid)` : null,
      key: updatedKey,
    };
  }
  return {
    order: [asc(product.name), asc(product.id)],
    after: after ? sql`(${product.name}, ${product.id}) > (${after.key}, ${after.id}::uuid)` : null,
    key: sql<string>`${product.name}`,
  };
}

/** The list's filters as conditions on product: the list and bulk edit ("all that match") share them. */
export function productFilter(
  input: Pick<StudioProductListQuery, "query" | "status" | "channel" | "stock" | "categoryId">,
): (SQL | undefined)[] {
  const words = normaliseSearch(input.query ?? "")
    .split(" ")
    .filter(Boolean)
    .slice(0, 8);
  return [
    input.status ? statusCondition(input.status) : undefined,
    input.channel ? channelCondition(input.channel) : undefined,
    input.stock === "in"
      ? sql`exists ${unitOnAShelf}`
      : input.stock === "out"
        ? sql`not exists ${unitOnAShelf}`
        : undefined,
    input.categoryId ? eq(product.categoryId, input.categoryId) : undefined,
    ...words.map((w) => ilike(product.searchText, `%${escapeLike(w)}%`)),
  ];
}

export type StudioProductRow = Awaited<ReturnType<typeof listStudioProducts>>["items"][number];

/**
 * The studio's product list: every product, drafts included, filtered by words (each must appear
 * in the name, brand, category or colours; the trigram index serves it), status and category, in
 * a stable order. With each product, what its row shows: category, variants, price range, stock
 * and first image.
 */
export async function listStudioProducts(db: Db, input: StudioProductListQuery) {
  const after = input.cursor ? decodeCursor(input.cursor, input.sort) : null;
  const { order, after: afterCondition, key } = ordering(input.sort, after);
  const conditions = [...productFilter(input), afterCondition ?? undefined];
  const rows = await db
    .select({
      id: product.id,
      slug: product.slug,
      name: product.name,
      status: studioStatus,
      web: sql<boolean>`coalesce(${onWeb}, false)`,
      store: sql<boolean>`coalesce(${onStores}, false)`,
      categoryId: product.categoryId,
      categoryName: category.name,
      updatedAt: product.updatedAt,
      sortKey: key,
    })
    .from(product)
    .innerJoin(category, eq(category.id, product.categoryId))
    .where(and(...conditions))
    .orderBy(...order)
    .limit(input.limit + 1);

  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > input.limit && last ? encodeCursor(input.sort, last.sortKey, last.id) : null;
  const details = await rowDetails(
    db,
    page.map((r) => r.id),
  );
  const items = page.map((r) => {
    const d = details(r.id);
    return {
      id: r.id,
      slug: r.slug,
      name: r.name,
      status: r.status,
      channels: { web: r.web, store: r.store },
      category: { id: r.categoryId, name: r.categoryName },
      ...d,
      updatedAt: r.updatedAt,
    };
  });
  return { items, nextCursor };
}

/**
 * Variants, prices, stock and the first image of a page of products: two indexed lookups. Stock
 * is summed per variant on stock_level's primary key, so it never reads other products' rows.
 */
async function rowDetails(db: Db, ids: string[]) {
  // Units on the shelves of every location that no order has claimed yet.
  const units = sql<number>`(select coalesce(sum(greatest(${stockLevel.onHand} - ${stockLevel.reserved}, 0)), 0) from ${stockLevel} where ${stockLevel.variantId} = ${variant.id})`;
  const [variants, images] = ids.length
    ? await Promise.all([
        db
          .select({
            productId: variant.productId,
            count: sql<number>`count(*)::int`,
            min: sql<number>`min(${variant.priceMinor})::int`,
            max: sql<number>`max(${variant.priceMinor})::int`,
            currency: sql<string>`min(${variant.currency})`,
            stock: sql<number>`sum(${units})::int`,
          })
          .from(variant)
          .where(and(inArray(variant.productId, ids), isNull(variant.archivedAt)))
          .groupBy(variant.productId),
        db
          .select({ productId: productImage.productId, url: productImage.url, alt: productImage.alt })
          .from(productImage)
          .where(and(inArray(productImage.productId, ids), eq(productImage.position, 0))),
      ])
    : [[], []];
  const variantsOf = new Map(variants.map((v) => [v.productId, v]));
  const imageOf = new Map(images.map((i) => [i.productId, { url: i.url, alt: i.alt }]));
  return (id: string) => {
    const v = variantsOf.get(id);
    return {
      variantCount: v?.count ?? 0,
      price: v
        ? {
            from: { amountMinor: v.min, currency: v.currency } satisfies Money,
            to: { amountMinor: v.max, currency: v.currency } satisfies Money,
          }
        : null,
      stock: v?.stock ?? 0,
      image: imageOf.get(id) ?? null,
    };
  };
}

/** Categories for the list's filter (and, later, the categories page), with every product counted. */
export async function listStudioCategories(db: Db) {
  return db
    .select({
      id: category.id,
      slug: category.slug,
      name: category.name,
      productCount: sql<number>`count(${product.id})::int`,
    })
    .from(category)
    .leftJoin(product, eq(product.categoryId, category.id))
    .groupBy(category.id)
    .orderBy(asc(category.sortOrder), asc(category.name));
}
