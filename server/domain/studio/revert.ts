import "server-only";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db, Tx } from "@/db/client";
import { changeLog, product, variant } from "@/db/schema";
import { DomainError, notFound, say } from "@/server/errors";
import { issueMessage } from "@/server/issue-words";
import { writeProduct, inOneTransaction, PRODUCT_FIELDS } from "./editor";
import { changeRows, recordChanges, type Actor, type FieldChange } from "./history";
import {
  barcodeInput,
  productContentInput,
  skuInput,
  slugInput,
  studioVariantInput,
  type StudioVariantInput,
} from "./inputs";
import { catalogChanged, writePublication } from "./publishing";
import { saveVariants, snapshot, VARIANT_FIELDS } from "./variants";

type Row = typeof changeLog.$inferSelect;

const cannot = (what: "change" | "product" | "image" | "priceList" | "variantOrder") =>
  new DomainError("INVALID_INPUT", { key: "errors.studio.cannotRevert", values: { what } });

const PUBLICATION_FIELDS = {
  webFrom: ["web", "from"],
  webUntil: ["web", "until"],
  storeFrom: ["store", "from"],
  storeUntil: ["store", "until"],
} as const;

/** An earlier value checked by today's rules: one they no longer accept is refused, not written. */
function valid<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DomainError("INVALID_INPUT", {
      key: "errors.studio.notAcceptedAnyMore",
      values: (locale) => ({
        problem: issue ? issueMessage(issue, locale) : say({ key: "errors.studio.invalidValue" }, locale),
      }),
    });
  }
  return parsed.data;
}

const asDate = (v: unknown) => (typeof v === "string" ? new Date(v) : null);

/** Puts one history entry's `before` back, through the same rules as the editor's own saves. */
async function putBack(tx: Tx, row: Row): Promise<FieldChange[]> {
  if (!row.productId) throw cannot("change");
  if (row.entity === "product") {
    const field = row.field as (typeof PRODUCT_FIELDS)[number];
    if (!PRODUCT_FIELDS.includes(field)) throw cannot("product");
    // Re-validated as if typed: a value the rules no longer accept is refused, not written.
    const value =
      field === "slug"
        ? valid(slugInput, row.before)
        : field in productContentInput.shape
          ? valid(productContentInput.shape[field as keyof typeof productContentInput.shape], row.before)
          : row.before;
    return writeProduct(tx, { id: row.productId, [field]: value });
  }
  if (row.entity === "publication") {
    const target = PUBLICATION_FIELDS[row.field as keyof typeof PUBLICATION_FIELDS];
    if (!target) throw cannot("change");
    const [channel, end] = target;
    const current = await currentWindow(tx, row.productId, channel);
    const window = { ...current, [end]: asDate(row.before) };
    return writePublication(tx, { productId: row.productId, channel, from: window.from, until: window.until });
  }
  if (row.entity === "variant") return putBackVariant(tx, row);
  throw cannot(row.entity === "image" ? "image" : "priceList");
}

async function currentWindow(tx: Tx, productId: string, channel: "web" | "store") {
  const [p] = await tx.select().from(product).where(eq(product.id, productId));
  if (!p) throw notFound("product");
  return channel === "web" ? { from: p.webFrom, until: p.webUntil } : { from: p.storeFrom, until: p.storeUntil };
}

/** A variant's field, its archiving, or the variant itself (created: removed; deleted: made again). */
async function putBackVariant(tx: Tx, row: Row): Promise<FieldChange[]> {
  const productId = row.productId!;
  const all = await tx.select().from(variant).where(eq(variant.productId, productId));
  const [p] = await tx.select({ id: product.id, slug: product.slug }).from(product).where(eq(product.id, productId));
  if (!p) throw notFound("product");
  const live = all.filter((v) => v.archivedAt === null).sort((a, b) => a.position - b.position);
  const asInput = (v: (typeof all)[number]): StudioVariantInput => ({
    id: v.id,
    colour: v.colour,
    colourHex: v.colourHex,
    size: v.size,
    priceMinor: v.priceMinor,
    sku: v.sku,
    barcode: v.barcode,
  });
  const list = live.map(asInput);
  const target = all.find((v) => v.id === row.entityId);

  if (row.field === "variant") {
    if (row.before === null) {
      // Undo a creation: the variant leaves the list (archived if it has been sold since).
      if (!target) return [];
      return saveVariants(
        tx,
        p,
        list.filter((v) => v.id !== target.id),
      );
    }
    // Undo a deletion: the same SKU and barcode come back as a new variant.
    const was = row.before as ReturnType<typeof snapshot>;
    return saveVariants(tx, p, [
      ...list,
      {
        colour: was.colour,
        colourHex: was.colourHex,
        size: was.size,
        priceMinor: was.priceMinor,
        sku: valid(skuInput, was.sku),
        barcode: valid(barcodeInput, was.barcode),
      },
    ]);
  }
  if (!target) throw new DomainError("INVALID_INPUT", { key: "errors.studio.variantGone" });
  if (row.field === "archived") {
    return row.before === false
      ? saveVariants(tx, p, target.archivedAt ? [...list, asInput(target)] : list)
      : saveVariants(
          tx,
          p,
          list.filter((v) => v.id !== target.id),
        );
  }
  const field = row.field as (typeof VARIANT_FIELDS)[number];
  if (!VARIANT_FIELDS.includes(field) || field === "position") throw cannot("variantOrder");
  const edited = list.some((v) => v.id === target.id) ? list : [...list, asInput(target)];
  return saveVariants(
    tx,
    p,
    edited.map((v) => (v.id === target.id ? valid(studioVariantInput, { ...v, [field]: row.before }) : v)),
  );
}

/**
 * Puts back one field (an entry) or a whole change (every field of one save, newest first), in
 * one transaction, recorded as a change of its own that names what it reverted.
 */
export async function revertChange(db: Db, actor: Actor, by: { entryId: number } | { changeId: string }) {
  const { productIds } = await inOneTransaction(db, async (tx) => {
    const rows = await changeRows(tx, "entryId" in by ? { id: by.entryId } : by);
    if (!rows.length) throw notFound("change");
    const changes: FieldChange[] = [];
    for (const row of rows) changes.push(...(await putBack(tx, row)));
    await recordChanges(tx, actor, changes, { revertOf: rows[0]!.id });
    return { productIds: [...new Set(rows.map((r) => r.productId).filter((id): id is string => !!id))] };
  });
  await catalogChanged(db, productIds);
  return { reverted: true };
}
