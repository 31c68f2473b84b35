import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { category, product, productImage, variant } from "@/db/schema";
import { notFound } from "@/server/errors";
import { productConditions, sellableOnline } from "./catalog";
import { webPrice } from "./channel-price";

/** A category's cover: the first image of the product it lists first (featured, then by name). */
const coverImage = sql<{
  url: string;
  alt: string;
  media: { hash: string; width: number; height: number } | null;
} | null>`(
  select json_build_object(
    'url', ${productImage.url},
    'alt', ${productImage.alt},
    'media', case when m.hash is null then null else json_build_object('hash', m.hash, 'width', m.width, 'height', m.height) end
  )
  from ${productImage}
  join product cover on cover.id = ${productImage.productId}
  left join media m on m.hash = ${productImage.mediaHash}
  where cover.category_id = ${category.id}
    and cover.web_from <= now() and (cover.web_until is null or cover.web_until > now())
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
  if (!row) throw notFound("category");
  return row;
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
      .select({ min: sql<number>`min(${webPrice})::int`, max: sql<number>`max(${webPrice})::int` })
      .from(variant)
      .innerJoin(product, eq(product.id, variant.productId))
      .where(where),
  ]);
  const seen = new Set<string>();
  return {
    sizes: sortSizes(sizes.map((s) => s.value!).filter(Boolean)),
    colours: colours
      .filter((c) => c.name && !seen.has(c.name) && seen.add(c.name))
      .map((c) => ({ name: c.name!, hex: c.hex })),
    price: { min: range?.min ?? 0, max: range?.max ?? 0 },
  };
}
