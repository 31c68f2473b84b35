import "server-only";
import { and, asc, desc, eq, exists, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { category, location, product, productImage, stockLevel, variant } from "@/db/schema";
import { notFound } from "@/server/errors";
import { availableUnits } from "@/server/domain/inventory/stock";
import type { ProductFilter, ProductSort } from "./inputs";
import { normaliseSearch } from "./search-text";

import type { Money } from "@/lib/money";

export type { Money };

const sellableOnline = and(eq(product.status, "published"), eq(product.visibleWeb, true));
/** Counts other carts' holds, so a unit someone is paying for shows as gone everywhere. */
const available = availableUnits();

/** A category's cover: the first image of the product it lists first (featured, then by name). */
const coverImage = sql<{ url: string; alt: string } | null>`(
  select json_build_object('url', ${productImage.url}, 'alt', ${productImage.alt})
  from ${productImage}
  join product cover on cover.id = ${productImage.productId}
  where cover.category_id = ${category.id} and cover.status = 'published' and cover.visible_web
    and ${productImage.position} = 0
  order by cover.featured desc, cover.name asc, cover.id asc
  limit 1
)`;

export async function listCategories(db: Db) {
  return db
    .select({
      id: category.id,
      slug: category.slug,
      name: category.name,
      description: category.description,
      productCount: sql<number>`count(${product.id})::int`,
      coverImage,
    })
    .from(category)
    .leftJoin(product, and(eq(product.categoryId, category.id), sellableOnline))
    .groupBy(category.id)
    .orderBy(asc(category.sortOrder), asc(category.name));
}

export async function getCategory(db: Db, slug: string) {
  const [row] = await db
    .select({ id: category.id, slug: category.slug, name: category.name, description: category.description })
    .from(category)
    .where(eq(category.slug, slug));
  if (!row) throw notFound("That category");
  return row;
}

/** The conditions one variant must meet for its product to show under these filters. */
function variantConditions(filter: Omit<ProductFilter, "sort" | "category">): SQL[] {
  const conds: SQL[] = [];
  if (filter.sizes?.length) conds.push(inArray(variant.size, filter.sizes));
  if (filter.colours?.length) conds.push(inArray(variant.colour, filter.colours));
  if (filter.minPriceMinor !== undefined) conds.push(gte(variant.priceMinor, filter.minPriceMinor));
  if (filter.maxPriceMinor !== undefined) conds.push(lte(variant.priceMinor, filter.maxPriceMinor));
  return conds;
}

function productConditions(db: Db, filter: Omit<ProductFilter, "sort">): SQL {
  const conds: (SQL | undefined)[] = [sellableOnline];
  if (filter.category) {
    conds.push(
      exists(db.select({ one: sql`1` }).from(category).where(and(eq(category.id, product.categoryId), eq(category.slug, filter.category)))),
    );
  }
  const perVariant = variantConditions(filter);
  if (filter.availableAt) {
    perVariant.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(stockLevel)
          .where(and(eq(stockLevel.variantId, variant.id), eq(stockLevel.locationId, filter.availableAt), sql`${available} > 0`)),
      ),
    );
  }
  if (perVariant.length) {
    conds.push(exists(db.select({ one: sql`1` }).from(variant).where(and(eq(variant.productId, product.id), ...perVariant))));
  }
  return and(...conds)!;
}

const minPrice = sql<number>`(select min(${variant.priceMinor}) from ${variant} where ${variant.productId} = ${product.id})`;

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
async function loadCards(db: Db, ids: string[], storeId: string | null) {
  if (ids.length === 0) return [];
  const [rows, variants, images, stock] = await Promise.all([
    db
      .select({ id: product.id, slug: product.slug, name: product.name, brand: product.brand, categorySlug: category.slug })
      .from(product)
      .innerJoin(category, eq(category.id, product.categoryId))
      .where(inArray(product.id, ids)),
    db
      .select({
        productId: variant.productId,
        priceMinor: variant.priceMinor,
        compareAtMinor: variant.compareAtMinor,
        currency: variant.currency,
        colour: variant.colour,
        colourHex: variant.colourHex,
      })
      .from(variant)
      .where(inArray(variant.productId, ids))
      .orderBy(asc(variant.position)),
    db
      .select({ productId: productImage.productId, url: productImage.url, alt: productImage.alt })
      .from(productImage)
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
    const compareAt = vs.map((v) => v.compareAtMinor).filter((c): c is number => c !== null);
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
        compareAt: compareAt.length ? ({ amountMinor: Math.max(...compareAt), currency } satisfies Money) : null,
        image: image ? { url: image.url, alt: image.alt } : null,
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
    db.select({ n: sql<number>`count(*)::int` }).from(product).where(where),
  ]);
  const items = await loadCards(db, idRows.map((r) => r.id), storeId);
  return { items, total: count?.n ?? 0 };
}

export async function featuredProducts(db: Db, limit: number, storeId: string | null = null) {
  const rows = await db
    .select({ id: product.id })
    .from(product)
    .where(and(sellableOnline, eq(product.featured, true)))
    .orderBy(asc(product.name))
    .limit(limit);
  return loadCards(db, rows.map((r) => r.id), storeId);
}

const LETTER_SIZES = ["XXS", "XS", "S", "M", "L", "XL", "XXL"];

/** Shelf order: letter sizes small to large, then numeric sizes ascending, then anything else. */
export function sortSizes(sizes: string[]): string[] {
  const rank = (s: string) => {
    const letter = LETTER_SIZES.indexOf(s);
    if (letter >= 0) return [0, letter] as const;
    const n = Number(s);
    return Number.isFinite(n) ? ([1, n] as const) : ([2, 0] as const);
  };
  return [...sizes].sort((a, b) => {
    const [ga, va] = rank(a);
    const [gb, vb] = rank(b);
    return ga - gb || va - vb || a.localeCompare(b);
  });
}

/** The choices a category's filters offer: sizes in shelf order, colours, and the price range. */
export async function listFacets(db: Db, categorySlug: string | undefined) {
  const where = productConditions(db, { category: categorySlug });
  const [sizes, colours, [range]] = await Promise.all([
    db
      .select({ value: variant.size, order: sql<number>`min(${variant.position})` })
      .from(variant)
      .innerJoin(product, eq(product.id, variant.productId))
      .where(and(where, sql`${variant.size} is not null`))
      .groupBy(variant.size)
      .orderBy(sql`2`, variant.size),
    db
      .selectDistinct({ name: variant.colour, hex: variant.colourHex })
      .from(variant)
      .innerJoin(product, eq(product.id, variant.productId))
      .where(and(where, sql`${variant.colour} is not null`))
      .orderBy(variant.colour),
    db
      .select({ min: sql<number>`min(${variant.priceMinor})::int`, max: sql<number>`max(${variant.priceMinor})::int` })
      .from(variant)
      .innerJoin(product, eq(product.id, variant.productId))
      .where(where),
  ]);
  const seen = new Set<string>();
  return {
    sizes: sortSizes(sizes.map((s) => s.value!).filter(Boolean)),
    colours: colours.filter((c) => c.name && !seen.has(c.name) && seen.add(c.name)).map((c) => ({ name: c.name!, hex: c.hex })),
    price: { min: range?.min ?? 0, max: range?.max ?? 0 },
  };
}

export type ProductDetail = Awaited<ReturnType<typeof getProduct>>;

/** A product page: variants with price and availability at every location that sells online. */
export async function getProduct(db: Db, slug: string) {
  const [p] = await db
    .select({
      id: product.id,
      slug: product.slug,
      name: product.name,
      brand: product.brand,
      description: product.description,
      category: { slug: category.slug, name: category.name },
    })
    .from(product)
    .innerJoin(category, eq(category.id, product.categoryId))
    .where(and(eq(product.slug, slug), sellableOnline));
  if (!p) throw notFound("That product");

  const [variants, images, stock] = await Promise.all([
    db.select().from(variant).where(eq(variant.productId, p.id)).orderBy(asc(variant.position)),
    db
      .select({ url: productImage.url, alt: productImage.alt, colour: productImage.colour })
      .from(productImage)
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
    images,
    variants: variants.map((v) => ({
      id: v.id,
      sku: v.sku,
      size: v.size,
      colour: v.colour,
      colourHex: v.colourHex,
      price: { amountMinor: v.priceMinor, currency: v.currency } satisfies Money,
      compareAt: v.compareAtMinor !== null ? ({ amountMinor: v.compareAtMinor, currency: v.currency } satisfies Money) : null,
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

function escapeLike(word: string): string {
  return word.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Typo-tolerant search: every word of the query must match the product's search text, either
 * as a substring (so results appear while typing) or by trigram word similarity (so "jumpr"
 * finds "jumper"). `<%` uses the GIN trigram index on search_text.
 */
export async function searchProducts(
  db: Db,
  query: string,
  page: { offset: number; limit: number },
  storeId: string | null = null,
) {
  const words = normaliseSearch(query).split(" ").filter(Boolean).slice(0, 8);
  if (words.length === 0) return { items: [], total: 0 };
  const matches = words.map(
    (w) => sql`(${product.searchText} ilike ${"%" + escapeLike(w) + "%"} or ${w} <% ${product.searchText})`,
  );
  const score = sql.join(
    words.map((w) => sql`word_similarity(${w}, ${product.searchText}) + (${product.searchText} ilike ${"%" + escapeLike(w) + "%"})::int`),
    sql` + `,
  );
  const where = and(sellableOnline, ...matches);
  const [rows, [count]] = await Promise.all([
    db
      .select({ id: product.id })
      .from(product)
      .where(where)
      .orderBy(desc(score), desc(product.featured), asc(product.name), asc(product.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(product).where(where),
  ]);
  return { items: await loadCards(db, rows.map((r) => r.id), storeId), total: count?.n ?? 0 };
}
