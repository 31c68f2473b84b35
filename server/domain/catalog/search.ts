import "server-only";
import { and, asc, desc, sql, type SQL } from "drizzle-orm";
import { escapeLike, queryRows, type Db } from "@/db/client";
import { product, searchSynonym } from "@/db/schema";
import { loadCards, sellableOnline } from "./catalog";
import { normaliseSearch } from "./search-text";

/** "camisetas" -> ["camisetas", "camiseta", "camiset"]: the forms a synonym group may list. */
function singulars(word: string): string[] {
  const forms = [word];
  if (word.length > 3 && word.endsWith("s")) forms.push(word.slice(0, -1));
  if (word.length > 4 && word.endsWith("es")) forms.push(word.slice(0, -2));
  return forms;
}

/**
 * Each query word with the words marketers said mean the same. A group in one language that
 * shares a word with a group in the other ("pullover") joins it, so "jersey" reaches what English
 * calls "knitwear". Only the groups that name a form of the query's words, and the groups those
 * share a word with, are read (both on the GIN index of terms).
 */
async function withSynonyms(db: Db, words: string[]): Promise<string[][]> {
  const forms = sql`array[${sql.join(
    words.flatMap(singulars).map((f) => sql`${f}`),
    sql`, `,
  )}]::text[]`;
  const groups = (
    await queryRows<{ terms: string[] }>(
      db,
      sql`with direct as (select ${searchSynonym.terms} as terms from ${searchSynonym} where ${searchSynonym.terms} && ${forms})
        select terms from direct
        union
        select s.terms from ${searchSynonym} s, direct d where s.terms && d.terms`,
    )
  ).map((g) => g.terms);
  return words.map((w) => {
    const own = singulars(w);
    const direct = groups.filter((g) => g.some((t) => own.includes(t)));
    const linked = groups.filter((g) => direct.some((d) => d !== g && d.some((t) => g.includes(t))));
    return [...new Set([w, ...direct.flat(), ...linked.flat()])];
  });
}

/** A product whose text has this word in it, or a word of the same stem in Spanish or English. */
function hasWord(word: string): SQL {
  return sql`(${product.searchText} ilike ${"%" + escapeLike(word) + "%"}
    or ${product.searchVector} @@ (plainto_tsquery('spanish', ${word}) || plainto_tsquery('english', ${word})))`;
}

/**
 * Forgiving search in both languages: every word of the query must match the product's search
 * text (names, category and colours in Spanish and English, without accents) as a substring (so
 * results appear while typing), by stem (plurals), through a synonym ("jumper" reaches all
 * knitwear), or by trigram word similarity (so "jumpr" finds "jumper"). `<%`, ilike and `@@` all
 * use GIN indexes.
 */
export async function searchProducts(
  db: Db,
  query: string,
  page: { offset: number; limit: number },
  storeId: string | null = null,
) {
  const words = normaliseSearch(query).split(" ").filter(Boolean).slice(0, 8);
  if (words.length === 0) return { items: [], total: 0 };
  const alternatives = await withSynonyms(db, words);
  const matches = words.map(
    (w, i) => sql`(${sql.join(alternatives[i]!.map(hasWord), sql` or `)} or ${w} <% ${product.searchText})`,
  );
  // The word as typed counts most, then each of its synonyms the product has (knitwear named
  // "knitwear" and "punto" by its category before a dress merely "de punto"), then a near spelling.
  const score = sql.join(
    words.map(
      (w, i) =>
        sql`word_similarity(${w}, ${product.searchText}) + (${product.searchText} ilike ${"%" + escapeLike(w) + "%"})::int
          + ${sql.join(
            alternatives[i]!.map((a) => sql`(${hasWord(a)})::int`),
            sql` + `,
          )}`,
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
