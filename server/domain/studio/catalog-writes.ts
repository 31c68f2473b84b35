import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { category, colourName, product, variant } from "@/db/schema";
import { buildSearchText } from "@/server/domain/catalog/search-text";
import { publish } from "@/server/domain/events/bus";
import type { DomainEvent } from "@/server/domain/events/events";

/**
 * Writes for many products at once (bulk edit, CSV import): one statement per step, whatever the
 * number of rows, and announcements sized for PostgreSQL's NOTIFY.
 */

/** Rows as one JSON parameter, read back with jsonb_to_recordset: one bound value for 10,000 rows. */
export const asJson = (rows: unknown[]) => sql`${JSON.stringify(rows)}::jsonb`;

/** Ids as one parameter, for `column in (…)` over thousands of rows. */
export const idsIn = (ids: string[]) => sql`(select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::uuid)`;

/** Texts as one parameter, for `column in (…)`. */
export const textsIn = (values: string[]) => sql`(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;

const IN_CHUNK = 5_000;

async function inChunks<T>(ids: string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += IN_CHUNK) out.push(...(await read(ids.slice(i, i + IN_CHUNK))));
  return out;
}

/** Search text follows names, brand, category and colours in both languages: recomputed for these products. */
export async function refreshSearchTexts(tx: Tx, productIds: string[]) {
  if (!productIds.length) return;
  // One after the other: a transaction is one connection, and pg refuses overlapping queries on one.
  const products = await inChunks(productIds, (ids) =>
    tx
      .select({
        id: product.id,
        name: product.name,
        nameEs: product.nameEs,
        brand: product.brand,
        categoryName: category.name,
        categoryNameEs: category.nameEs,
      })
      .from(product)
      .innerJoin(category, eq(category.id, product.categoryId))
      .where(inArray(product.id, ids)),
  );
  const colours = await inChunks(productIds, (ids) =>
    tx
      .selectDistinct({ productId: variant.productId, colour: variant.colour, colourEs: colourName.nameEs })
      .from(variant)
      .leftJoin(colourName, eq(colourName.name, variant.colour))
      .where(and(inArray(variant.productId, ids), isNull(variant.archivedAt))),
  );
  const coloursOf = new Map<string, (string | null)[]>();
  for (const c of colours) coloursOf.set(c.productId, [...(coloursOf.get(c.productId) ?? []), c.colour, c.colourEs]);
  const rows = products.map((p) => ({
    id: p.id,
    search_text: buildSearchText({
      names: [p.name, p.nameEs, p.brand, p.categoryName, p.categoryNameEs],
      colours: coloursOf.get(p.id) ?? [],
    }),
  }));
  await tx.execute(sql`update ${product} set search_text = v.search_text
    from jsonb_to_recordset(${asJson(rows)}) as v(id uuid, search_text text) where ${product.id} = v.id`);
}

// A NOTIFY payload must stay under 8000 bytes: an id in JSON takes 39, so an event names at most
// this many products and variants together, and a change to thousands goes out as many events.
const IDS_PER_EVENT = 150;

/** catalog.changed for many products, split into events that each fit one NOTIFY. */
export async function announceCatalog(db: Db, productIds: string[]) {
  if (!productIds.length) return;
  const variants = await inChunks(productIds, (ids) =>
    db.select({ id: variant.id, productId: variant.productId }).from(variant).where(inArray(variant.productId, ids)),
  );
  const variantsOf = new Map<string, string[]>();
  for (const v of variants) variantsOf.set(v.productId, [...(variantsOf.get(v.productId) ?? []), v.id]);
  const events: DomainEvent[] = [];
  let current = { productIds: [] as string[], variantIds: [] as string[] };
  for (const id of productIds) {
    const ofThis = variantsOf.get(id) ?? [];
    if (
      current.productIds.length &&
      current.productIds.length + current.variantIds.length + 1 + ofThis.length > IDS_PER_EVENT
    ) {
      events.push({ type: "catalog.changed", ...current });
      current = { productIds: [], variantIds: [] };
    }
    current.productIds.push(id);
    // A product with more variants than fit names them over several events.
    for (const v of ofThis) {
      if (current.productIds.length + current.variantIds.length >= IDS_PER_EVENT) {
        events.push({ type: "catalog.changed", ...current });
        current = { productIds: [id], variantIds: [] };
      }
      current.variantIds.push(v);
    }
  }
  if (current.productIds.length) events.push({ type: "catalog.changed", ...current });
  await publish(...events);
}
