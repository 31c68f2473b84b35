import "server-only";
import { and, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { orderLine, stockLevel, stockMovement, variant } from "@/db/schema";
import { storeEan13 } from "@/lib/ean13";
import { DomainError } from "@/server/errors";
import { diffFields, type FieldChange } from "./history";
import type { StudioVariantInput } from "./inputs";

/** What a person reads for a variant in the history and in errors: "Navy / M". */
export function variantLabel(v: { colour: string | null; size: string | null; sku: string }): string {
  return [v.colour, v.size].filter(Boolean).join(" / ") || v.sku;
}

/** SKU words: upper-case letters and digits of each part, joined by hyphens (KNT-MERINO-NAVY-M). */
function skuPart(text: string, max: number): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "")
    .slice(0, max);
}

export function proposedSku(productSlug: string, v: { colour?: string | null; size?: string | null }): string {
  const code = skuPart(productSlug, 14) || "ITEM";
  return [code, v.colour ? skuPart(v.colour, 6) : null, v.size ? skuPart(v.size, 6) : null].filter(Boolean).join("-");
}

/** The next free shop barcodes (prefix 20), under a lock so two saves never take the same number. */
async function nextBarcodes(tx: Tx, count: number): Promise<string[]> {
  if (!count) return [];
  // Class 1301 is used nowhere else: it serialises barcode numbering only, not whole saves.
  await tx.execute(sql`select pg_advisory_xact_lock(1301)`);
  const [last] = await tx
    .select({ barcode: variant.barcode })
    .from(variant)
    .where(and(gte(variant.barcode, "2000000000000"), lt(variant.barcode, "3000000000000")))
    .orderBy(desc(variant.barcode))
    .limit(1);
  const first = last ? Number(last.barcode.slice(2, 12)) + 1 : 1;
  return Array.from({ length: count }, (_, i) => storeEan13(first + i));
}

/** SKUs not yet taken: the proposal, else the proposal with -2, -3… */
async function freeSkus(tx: Tx, wanted: string[], reserved: Set<string>): Promise<string[]> {
  const out: string[] = [];
  for (const base of wanted) {
    let sku = base;
    for (let n = 2; reserved.has(sku) || (await skuExists(tx, sku)); n++) sku = `${base}-${n}`;
    reserved.add(sku);
    out.push(sku);
  }
  return out;
}

async function skuExists(tx: Tx, sku: string) {
  const [row] = await tx.select({ id: variant.id }).from(variant).where(eq(variant.sku, sku)).limit(1);
  return !!row;
}

type Existing = typeof variant.$inferSelect;

const key = (v: { colour?: string | null; size?: string | null }) =>
  `${(v.colour ?? "").toLowerCase()}\u0000${(v.size ?? "").toLowerCase()}`;

export const VARIANT_FIELDS = ["colour", "colourHex", "size", "priceMinor", "sku", "barcode", "position"] as const;

/**
 * Makes a product's variants the given list, in that order: listed ids are updated, new entries
 * created with generated SKUs and barcodes where none were typed, and variants left out removed:
 * deleted if never ordered, archived otherwise (orders and returns keep pointing at them).
 * Returns the history entries; the caller records them in the same transaction.
 */
export async function saveVariants(
  tx: Tx,
  product: { id: string; slug: string },
  wanted: StudioVariantInput[],
): Promise<FieldChange[]> {
  const existing = await tx.select().from(variant).where(eq(variant.productId, product.id));
  const byId = new Map(existing.map((v) => [v.id, v]));
  const live = existing.filter((v) => v.archivedAt === null);

  const seen = new Set<string>();
  for (const [i, w] of wanted.entries()) {
    if (w.id && !byId.has(w.id))
      throw new DomainError("INVALID_INPUT", { key: "errors.studio.variantOfOtherProduct" }, { row: i });
    const k = key(w);
    if (seen.has(k))
      throw new DomainError(
        "INVALID_INPUT",
        {
          key: "errors.studio.sameOptions",
          values: { options: [w.colour, w.size].filter(Boolean).join(" / ") || "none" },
        },
        { row: i },
      );
    seen.add(k);
  }
  const typedSkus = wanted.map((w) => w.sku).filter((s): s is string => !!s);
  const typedBarcodes = wanted.map((w) => w.barcode).filter((b): b is string => !!b);
  if (new Set(typedSkus).size !== typedSkus.length)
    throw new DomainError("INVALID_INPUT", { key: "errors.studio.sameSku" });
  if (new Set(typedBarcodes).size !== typedBarcodes.length)
    throw new DomainError("INVALID_INPUT", { key: "errors.studio.sameBarcode" });
  await refuseTaken(tx, product.id, typedSkus, typedBarcodes);

  const creating = wanted.filter((w) => !w.id);
  const barcodes = await nextBarcodes(tx, creating.filter((w) => !w.barcode).length);
  const skus = await freeSkus(
    tx,
    creating.filter((w) => !w.sku).map((w) => proposedSku(product.slug, w)),
    new Set([...typedSkus, ...existing.map((v) => v.sku)]),
  );

  const changes: FieldChange[] = [];
  const wantedIds = new Set(wanted.map((w) => w.id).filter(Boolean));
  const leaving = live.filter((v) => !wantedIds.has(v.id));
  if (leaving.length) {
    // Ordered, or with stock on a shelf or in the stock ledger: archived, so nothing loses its item.
    const ids = leaving.map((v) => v.id);
    // In turn, not Promise.all: a transaction is one connection (pg deprecates overlapping queries).
    const kept = [
      await tx.selectDistinct({ id: orderLine.variantId }).from(orderLine).where(inArray(orderLine.variantId, ids)),
      await tx
        .selectDistinct({ id: stockMovement.variantId })
        .from(stockMovement)
        .where(inArray(stockMovement.variantId, ids)),
      await tx
        .selectDistinct({ id: stockLevel.variantId })
        .from(stockLevel)
        .where(and(inArray(stockLevel.variantId, ids), sql`${stockLevel.onHand} <> 0`)),
    ];
    const ordered = new Set(kept.flat().map((r) => r.id));
    for (const v of leaving) {
      const target = {
        entity: "variant" as const,
        entityId: v.id,
        productId: product.id,
        entityLabel: variantLabel(v),
      };
      if (ordered.has(v.id)) {
        await tx
          .update(variant)
          .set({ archivedAt: sql`now()` })
          .where(eq(variant.id, v.id));
        changes.push({ ...target, field: "archived", before: false, after: true });
      } else {
        await tx.delete(variant).where(eq(variant.id, v.id));
        changes.push({ ...target, field: "variant", before: snapshot(v), after: null });
      }
    }
  }

  // SKUs and barcodes are unique: variants taking new ones move aside first, so two variants
  // swapping their codes never collide halfway through the save.
  const recoded = wanted.filter((w) => {
    const before = w.id ? byId.get(w.id) : undefined;
    return before && ((w.sku && w.sku !== before.sku) || (w.barcode && w.barcode !== before.barcode));
  });
  for (const w of recoded)
    await tx
      .update(variant)
      .set({ sku: sql`'~' || ${variant.id}::text`, barcode: sql`'~' || ${variant.id}::text` })
      .where(eq(variant.id, w.id!));
  const moved = new Set(recoded.map((w) => w.id));

  let created = 0;
  let generatedBarcode = 0;
  for (const [position, w] of wanted.entries()) {
    const values = {
      colour: w.colour ?? null,
      colourHex: w.colour ? (w.colourHex ?? null) : null,
      size: w.size ?? null,
      priceMinor: w.priceMinor,
      position,
    };
    if (w.id) {
      const before = byId.get(w.id)!;
      const after = { ...before, ...values, sku: w.sku ?? before.sku, barcode: w.barcode ?? before.barcode };
      const target = {
        entity: "variant" as const,
        entityId: before.id,
        productId: product.id,
        entityLabel: variantLabel(after),
      };
      const diff = diffFields(target, before, after, VARIANT_FIELDS);
      if (before.archivedAt) changes.push({ ...target, field: "archived", before: true, after: false });
      if (diff.length || before.archivedAt || moved.has(before.id)) {
        await tx
          .update(variant)
          .set({ ...values, sku: after.sku, barcode: after.barcode, archivedAt: null })
          .where(eq(variant.id, before.id));
      }
      changes.push(...diff);
    } else {
      const sku = w.sku ?? skus[created]!;
      const barcode = w.barcode ?? barcodes[generatedBarcode++]!;
      created++;
      const [row] = await tx
        .insert(variant)
        .values({ ...values, productId: product.id, sku, barcode, currency: "EUR" })
        .returning();
      changes.push({
        entity: "variant",
        entityId: row!.id,
        productId: product.id,
        entityLabel: variantLabel(row!),
        field: "variant",
        before: null,
        after: snapshot(row!),
      });
    }
  }
  return changes;
}

/** A variant as the history keeps it when it is created or deleted whole. */
export function snapshot(v: Existing) {
  return {
    sku: v.sku,
    barcode: v.barcode,
    colour: v.colour,
    colourHex: v.colourHex,
    size: v.size,
    priceMinor: v.priceMinor,
  };
}

async function refuseTaken(tx: Tx, productId: string, skus: string[], barcodes: string[]) {
  if (skus.length) {
    const [clash] = await tx
      .select({ sku: variant.sku, productId: variant.productId })
      .from(variant)
      .where(and(inArray(variant.sku, skus), sql`${variant.productId} <> ${productId}`))
      .limit(1);
    if (clash) throw new DomainError("INVALID_INPUT", { key: "errors.studio.skuTaken", values: { sku: clash.sku } });
  }
  if (barcodes.length) {
    const [clash] = await tx
      .select({ barcode: variant.barcode })
      .from(variant)
      .where(and(inArray(variant.barcode, barcodes), sql`${variant.productId} <> ${productId}`))
      .limit(1);
    if (clash)
      throw new DomainError("INVALID_INPUT", {
        key: "errors.studio.barcodeTaken",
        values: { barcode: clash.barcode },
      });
  }
}
