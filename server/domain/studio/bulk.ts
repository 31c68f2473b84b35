import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { category, product, variant } from "@/db/schema";
import { changedPrice } from "@/lib/price-change";
import { publish } from "@/server/domain/events/bus";
import { DomainError } from "@/server/errors";
import { announceCatalog, asJson, idsIn, refreshSearchTexts } from "./catalog-writes";
import { recordChanges, type Actor, type FieldChange } from "./history";
import {
  BULK_MAX_PRODUCTS,
  type BulkChange,
  type BulkSelection,
  type BulkUpdateInput,
  type StudioProductFilter,
} from "./inputs-csv";
import { productFilter } from "./products";
import { variantLabel } from "./variants";

/** How many products match the list's filters: what "select all N" offers. */
export async function countStudioProducts(db: Db, filter: StudioProductFilter) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(product)
    .where(and(...productFilter(filter)));
  return { count: row?.count ?? 0 };
}

/** The selected products, locked for the change, in a stable order; unknown ids are left out. */
async function selectedProducts(tx: Tx, selection: BulkSelection) {
  const where =
    "ids" in selection ? sql`${product.id} in ${idsIn(selection.ids)}` : and(...productFilter(selection.filter));
  const rows = await tx
    .select({ id: product.id, name: product.name, categoryId: product.categoryId })
    .from(product)
    .where(where)
    .orderBy(asc(product.id))
    .limit(BULK_MAX_PRODUCTS + 1)
    .for("update");
  if (rows.length > BULK_MAX_PRODUCTS)
    throw new DomainError("INVALID_INPUT", { key: "errors.studio.bulkTooMany", values: { max: BULK_MAX_PRODUCTS } });
  return rows;
}

type Selected = Awaited<ReturnType<typeof selectedProducts>>;

async function moveToCategory(tx: Tx, products: Selected, categoryId: string): Promise<FieldChange[]> {
  const [target] = await tx.select({ id: category.id }).from(category).where(eq(category.id, categoryId));
  if (!target) throw new DomainError("INVALID_INPUT", { key: "errors.studio.categoryGone" });
  const moving = products.filter((p) => p.categoryId !== categoryId);
  if (!moving.length) return [];
  const ids = moving.map((p) => p.id);
  await tx
    .update(product)
    .set({ categoryId, updatedAt: sql`now()` })
    .where(sql`${product.id} in ${idsIn(ids)}`);
  await refreshSearchTexts(tx, ids);
  return moving.map((p) => ({
    entity: "product" as const,
    entityId: p.id,
    productId: p.id,
    entityLabel: p.name,
    field: "categoryId",
    before: p.categoryId,
    after: categoryId,
  }));
}

const windows = {
  web: { from: product.webFrom, until: product.webUntil, keys: ["webFrom", "webUntil"] },
  store: { from: product.storeFrom, until: product.storeUntil, keys: ["storeFrom", "storeUntil"] },
} as const;

/** On sale on the channel from now with no end (those not on sale now), or off it (those with a window). */
async function setChannel(tx: Tx, products: Selected, channel: "web" | "store", publishIt: boolean) {
  const c = windows[channel];
  const ids = products.map((p) => p.id);
  if (!ids.length) return [];
  const needed = publishIt
    ? sql`(${c.from} is null or ${c.from} > now() or (${c.until} is not null and ${c.until} <= now()))`
    : sql`${c.from} is not null`;
  const before = await tx
    .select({ id: product.id, from: c.from, until: c.until })
    .from(product)
    .where(and(sql`${product.id} in ${idsIn(ids)}`, needed));
  if (!before.length) return [];
  const after = await tx
    .update(product)
    .set({ [c.keys[0]]: publishIt ? sql`now()` : null, [c.keys[1]]: null, updatedAt: sql`now()` })
    .where(sql`${product.id} in ${idsIn(before.map((b) => b.id))}`)
    .returning({ id: product.id, from: c.from, until: c.until });
  const afterOf = new Map(after.map((a) => [a.id, a]));
  return before.flatMap((b) => {
    const a = afterOf.get(b.id)!;
    const target = { entity: "publication" as const, entityId: b.id, productId: b.id, entityLabel: channel };
    return [
      { ...target, field: c.keys[0], before: b.from, after: a.from },
      { ...target, field: c.keys[1], before: b.until, after: a.until },
    ];
  });
}

// Beyond this many, open pages hear the catalog event (and refetch) rather than one event per price.
const PRICE_EVENTS_MAX = 1_000;

async function changePrices(tx: Tx, products: Selected, change: Extract<BulkChange, { kind: "price" }>) {
  const ids = products.map((p) => p.id);
  if (!ids.length) return { changes: [], events: [] };
  const variants = await tx
    .select({
      id: variant.id,
      productId: variant.productId,
      sku: variant.sku,
      colour: variant.colour,
      size: variant.size,
      priceMinor: variant.priceMinor,
      currency: variant.currency,
    })
    .from(variant)
    .where(and(sql`${variant.productId} in ${idsIn(ids)}`, isNull(variant.archivedAt)))
    .for("update");
  const changed = variants
    .map((v) => ({ ...v, next: changedPrice(v.priceMinor, change) }))
    .filter((v) => v.next !== v.priceMinor);
  if (!changed.length) return { changes: [], events: [] };
  await tx.execute(sql`update ${variant} set price_minor = v.price_minor
    from jsonb_to_recordset(${asJson(changed.map((v) => ({ id: v.id, price_minor: v.next })))}) as v(id uuid, price_minor integer)
    where ${variant.id} = v.id`);
  await tx
    .update(product)
    .set({ updatedAt: sql`now()` })
    .where(sql`${product.id} in ${idsIn([...new Set(changed.map((v) => v.productId))])}`);
  const changes: FieldChange[] = changed.map((v) => ({
    entity: "variant",
    entityId: v.id,
    productId: v.productId,
    entityLabel: variantLabel(v),
    field: "priceMinor",
    before: v.priceMinor,
    after: v.next,
  }));
  const events =
    changed.length <= PRICE_EVENTS_MAX
      ? changed.map((v) => ({
          type: "price.changed" as const,
          variantId: v.id,
          amountMinor: v.next,
          currency: v.currency,
        }))
      : [];
  return { changes, events };
}

/**
 * One change to many products (chosen by id, or every product matching the list's filters), in
 * one transaction with one history row per changed field of each product or variant. Products
 * the change leaves as they were are counted but not written.
 */
export async function bulkUpdateProducts(db: Db, actor: Actor, input: BulkUpdateInput) {
  const { change } = input;
  const result = await db.transaction(async (tx) => {
    const products = await selectedProducts(tx, input.selection);
    let changes: FieldChange[] = [];
    let events: { type: "price.changed"; variantId: string; amountMinor: number; currency: string }[] = [];
    if (change.kind === "category") changes = await moveToCategory(tx, products, change.categoryId);
    else if (change.kind === "channel") changes = await setChannel(tx, products, change.channel, change.publish);
    else if (change.kind === "status") {
      const on = change.status === "published";
      changes = [...(await setChannel(tx, products, "web", on)), ...(await setChannel(tx, products, "store", on))];
    } else ({ changes, events } = await changePrices(tx, products, change));
    await recordChanges(tx, actor, changes);
    const changedIds = [...new Set(changes.map((c) => c.productId!))];
    return { matched: products.length, changedIds, entries: changes.length, events };
  });
  await publish(...result.events);
  await announceCatalog(db, result.changedIds);
  return { matched: result.matched, changed: result.changedIds.length, entries: result.entries };
}
