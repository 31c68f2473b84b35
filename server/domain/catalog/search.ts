import "server-only";
import { and, asc, desc, sql } from "drizzle-orm";
import { escapeLike, type Db } from "@/db/client";
import { product } from "@/db/schema";
import { loadCards, sellableOnline } from "./catalog";
import { normaliseSearch } from "./search-text";

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
    words.map(
      (w) =>
        sql`word_similarity(${w}, ${product.searchText}) + (${product.searchText} ilike ${"%" + escapeLike(w) + "%"})::int`,
    ),
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
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(product)
      .where(where),
  ]);
  return {
    items: await loadCards(
      db,
      rows.map((r) => r.id),
      storeId,
    ),
    total: count?.n ?? 0,
  };
}
