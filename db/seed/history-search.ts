import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../client";
import { searchProducts } from "../../server/domain/catalog/search";
import { normaliseSearch } from "../../server/domain/catalog/search-text";
import { seededRandom } from "./history-plan";

/**
 * What the demo year's shoppers type into the search box: the catalog's own words (product
 * names, the garment words in them, categories, colour and garment), typos of the common ones,
 * and what the catalog does not answer: Spanish words (the storefront is English until the
 * language work lands), and things the shop does not sell. Each query's result count and first
 * matches come from the storefront's own search, so a recorded count is what the shopper saw.
 */
export type Query = {
  query: string;
  /** How often it is typed, relative to the others. */
  weight: number;
  resultCount: number;
  /** The first products it finds: what a shopper opens next. */
  matches: string[];
  /** What a shopper who found nothing tries next (the English word). */
  retry: string | null;
};

const SPANISH: Record<string, string> = {
  vaqueros: "jeans",
  camisa: "shirt",
  jersey: "jumper",
  lampara: "lamp",
  zapatillas: "trainers",
  abrigo: "coat",
  vestido: "dress",
  bolso: "bag",
  chaqueta: "jacket",
  pantalones: "trousers",
  camiseta: "t-shirt",
  sudadera: "hoodie",
  "zapatillas blancas": "white trainers",
  "vestido largo": "maxi dress",
  bufanda: "scarf",
  gorro: "beanie",
};
const NOT_SOLD = ["gift card", "swimsuit", "bikini", "perfume", "umbrella", "kids", "pyjamas", "watch", "rebajas"];

/** A typing slip: a letter dropped, two swapped, or one doubled (never the first). */
function typo(word: string, random: () => number): string {
  if (word.length < 5) return word + word.at(-1);
  const i = 1 + Math.floor(random() * (word.length - 2));
  const pick = random();
  if (pick < 0.4) return word.slice(0, i) + word.slice(i + 1);
  if (pick < 0.75) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  return word.slice(0, i) + word[i] + word.slice(i);
}

export async function searchVocabulary(db: Db): Promise<Query[]> {
  const random = seededRandom(14);
  const products = await queryRows<{ name: string; category: string; colours: string[] | null }>(
    db,
    sql`select p.name, c.name as category, array_agg(distinct v.colour) filter (where v.colour is not null) as colours
          from product p join category c on c.id = p.category_id join variant v on v.product_id = p.id
         where p.web_from is not null group by p.name, c.name`,
  );
  const weights = new Map<string, { weight: number; retry: string | null }>();
  const add = (query: string, weight: number, retry: string | null = null) => {
    const q = query.toLowerCase().replace(/\s+/g, " ").trim();
    const known = weights.get(q);
    weights.set(q, { weight: (known?.weight ?? 0) + weight, retry: known?.retry ?? retry });
  };
  for (const p of products) {
    add(p.name, 3);
    const words = p.name.toLowerCase().split(/\s+/);
    // "jumper" of Merino Wool Jumper; "socks" of Cotton Socks 3-Pack.
    const garment = words.findLast((w) => !/\d/.test(w)) ?? words.at(-1)!;
    add(garment, 6);
    if (words.length > 2) add(words.slice(-2).join(" "), 2);
    add(p.category, 1.5);
    for (const colour of (p.colours ?? []).slice(0, 2)) add(`${colour} ${garment}`, 1);
  }
  // Slips of the most typed words, corrected on the next try.
  const common = [...weights.entries()].sort((a, b) => b[1].weight - a[1].weight).slice(0, 40);
  for (const [q, { weight }] of common) {
    const words = q.split(" ");
    const slipped = words.map((w, i) => (i === words.length - 1 ? typo(w, random) : w)).join(" ");
    if (slipped !== q) add(slipped, weight * 0.12, q);
  }
  for (const [spanish, english] of Object.entries(SPANISH)) add(spanish, 4, english);
  for (const q of NOT_SOLD) add(q, 1.5);
  for (const english of Object.values(SPANISH)) if (!weights.has(english)) add(english, 0.5);

  const out: Query[] = [];
  for (const [query, { weight, retry }] of weights) {
    if (!normaliseSearch(query)) continue;
    // The count as the storefront says it; the products' cards are not needed.
    const found = await searchProducts(db, query, { offset: 0, limit: 0 });
    out.push({ query, weight, resultCount: found.total, matches: [], retry });
  }
  // What a shopper opens from the results: products whose search text has every word (or, for a
  // slip, a word like it: the search's trigram match), the featured first, as the results list them.
  const matches = await queryRows<{ query: string; ids: string[] }>(
    db,
    sql`select q.query, array(
          select p.id from product p
           where p.web_from is not null and p.web_from <= now() and (p.web_until is null or p.web_until > now())
             and not exists (select 1 from unnest(q.words) w
                              where not (p.search_text like '%' || w || '%' or w <% p.search_text))
           order by p.featured desc, p.name limit 6) as ids
        from jsonb_to_recordset(${JSON.stringify(out.filter((q) => q.resultCount > 0).map((q) => ({ query: q.query, words: normaliseSearch(q.query).split(" ") })))}::jsonb)
          as q(query text, words text[])`,
  );
  const byQuery = new Map(matches.map((m) => [m.query, m.ids]));
  for (const q of out) q.matches = byQuery.get(q.query) ?? [];
  // A retry that finds nothing either is no retry.
  const counts = new Map(out.map((q) => [q.query, q.resultCount]));
  for (const q of out) if (q.retry && !counts.get(q.retry)) q.retry = null;
  return out;
}
