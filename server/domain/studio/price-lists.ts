import "server-only";
import { and, asc, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { priceList, priceListItem, product, user, variant } from "@/db/schema";
import { applyRule } from "@/lib/price-rule";
import { formatMadrid } from "@/lib/shop-time";
import { DomainError, notFound } from "@/server/errors";
import { recordChanges, type Actor, type FieldChange } from "./history";
import { PRICE_LIST_MAX_ITEMS, type PriceChannel, type PriceListDraft, type PriceListState } from "./inputs-prices";
import { catalogChanged } from "./publishing";
import { variantLabel } from "./variants";

/**
 * Scheduled price lists. A list is written once and only ever cancelled, so its rows are the
 * history of the prices it set; every read compares its window with the database's clock
 * (channel_price, migration 0013), so a sale starts and ends at its second with no job to run.
 */

export type PricedVariant = {
  variantId: string;
  productId: string;
  productName: string;
  sku: string;
  label: string;
  baseMinor: number;
  amountMinor: number;
};

/** The variants a draft prices and at what: its rule expanded, then its typed prices on top. */
export async function resolvePrices(db: Db | Tx, draft: Pick<PriceListDraft, "prices" | "rule">) {
  const typed = new Map(draft.prices.map((p) => [p.variantId, p.amountMinor]));
  const rule = draft.rule;
  const byRule = rule
    ? or(
        rule.categoryId ? eq(product.categoryId, rule.categoryId) : undefined,
        rule.productIds?.length ? inArray(product.id, rule.productIds) : undefined,
        rule.variantIds?.length ? inArray(variant.id, rule.variantIds) : undefined,
      )
    : undefined;
  const wanted = or(typed.size ? inArray(variant.id, [...typed.keys()]) : undefined, byRule);
  const rows = await db
    .select({
      variantId: variant.id,
      productId: product.id,
      productName: product.name,
      sku: variant.sku,
      colour: variant.colour,
      size: variant.size,
      baseMinor: variant.priceMinor,
    })
    .from(variant)
    .innerJoin(product, eq(product.id, variant.productId))
    .where(and(isNull(variant.archivedAt), wanted))
    .orderBy(asc(product.name), asc(variant.position))
    .limit(PRICE_LIST_MAX_ITEMS + 1);
  const missing = [...typed.keys()].filter((id) => !rows.some((r) => r.variantId === id));
  if (missing.length)
    throw new DomainError(
      "NOT_FOUND",
      { key: "errors.studio.pricedNotInCatalog", values: { count: missing.length } },
      { variantIds: missing },
    );
  if (rows.length > PRICE_LIST_MAX_ITEMS)
    throw new DomainError("INVALID_INPUT", {
      key: "errors.studio.priceListTooBig",
      values: { max: String(PRICE_LIST_MAX_ITEMS) },
    });
  if (!rows.length) throw new DomainError("INVALID_INPUT", { key: "errors.studio.ruleMatchesNothing" });
  return rows.map(({ colour, size, ...r }): PricedVariant => ({
    ...r,
    label: variantLabel({ colour, size, sku: r.sku }),
    amountMinor:
      typed.get(r.variantId) ??
      applyRule(
        r.baseMinor,
        rule?.percentOff !== undefined
          ? { kind: "percent", percent: rule.percentOff }
          : { kind: "amount", amountMinor: rule?.amountOffMinor ?? 0 },
      ),
  }));
}

/** Refuses a window that could never be in force, in words a marketer can act on. */
function checkWindow(startsAt: Date, endsAt: Date, now: Date) {
  if (endsAt <= startsAt)
    throw new DomainError("INVALID_INPUT", { key: "errors.studio.endBeforeStart" }, { field: "endsAt" });
  if (endsAt <= now) throw new DomainError("INVALID_INPUT", { key: "errors.studio.endInPast" }, { field: "endsAt" });
}

const channelsOf = (row: { web: boolean; store: boolean }): PriceChannel[] =>
  [row.web ? ("web" as const) : null, row.store ? ("store" as const) : null].filter((c) => c !== null);

/**
 * Schedules a price list. A start in the past starts it now: the history of what was in force
 * (and so every later "was" price) is never rewritten.
 */
export async function schedulePriceList(db: Db, actor: Actor, draft: PriceListDraft) {
  checkWindow(draft.startsAt, draft.endsAt, new Date());
  const { id, items } = await db.transaction(async (tx) => {
    const items = await resolvePrices(tx, draft);
    const [list] = await tx
      .insert(priceList)
      .values({
        name: draft.name,
        startsAt: sql`greatest(${draft.startsAt.toISOString()}::timestamptz, now())`,
        endsAt: draft.endsAt,
        web: draft.channels.includes("web"),
        store: draft.channels.includes("store"),
        createdBy: actor.id,
      })
      .returning({ id: priceList.id, startsAt: priceList.startsAt });
    const id = list!.id;
    for (let i = 0; i < items.length; i += 1_000)
      await tx
        .insert(priceListItem)
        .values(
          items
            .slice(i, i + 1_000)
            .map((p) => ({ priceListId: id, variantId: p.variantId, amountMinor: p.amountMinor })),
        );
    const label = draft.name;
    const summary: FieldChange = {
      entity: "price_list",
      entityId: id,
      productId: null,
      entityLabel: label,
      field: "scheduled",
      before: null,
      after: { startsAt: list!.startsAt, endsAt: draft.endsAt, channels: draft.channels, items: items.length },
    };
    // One row per variant too, on its product, so each product's history shows the sale.
    const perVariant = items.map((p): FieldChange => ({
      entity: "price_list",
      entityId: id,
      productId: p.productId,
      entityLabel: `${label} · ${p.label}`,
      field: "price",
      before: p.baseMinor,
      after: p.amountMinor,
    }));
    await recordChanges(tx, actor, [summary, ...perVariant]);
    return { id, items };
  });
  await catalogChanged(db, [...new Set(items.map((i) => i.productId))]);
  return { id };
}

/** Stops a list now: from this second its prices are no longer in force anywhere. */
export async function cancelPriceList(db: Db, actor: Actor, id: string) {
  const productIds = await db.transaction(async (tx) => {
    const [list] = await tx
      .select({
        name: priceList.name,
        cancelledAt: priceList.cancelledAt,
        ended: sql<boolean>`${priceList.endsAt} <= now()`,
      })
      .from(priceList)
      .where(eq(priceList.id, id))
      .for("update");
    if (!list) throw notFound("priceList");
    if (list.cancelledAt) throw new DomainError("INVALID_TRANSITION", { key: "errors.studio.priceListCancelled" });
    if (list.ended) throw new DomainError("INVALID_TRANSITION", { key: "errors.studio.priceListEnded" });
    const [done] = await tx
      .update(priceList)
      .set({ cancelledAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(priceList.id, id))
      .returning({ cancelledAt: priceList.cancelledAt });
    const products = await tx
      .selectDistinct({ id: variant.productId })
      .from(priceListItem)
      .innerJoin(variant, eq(variant.id, priceListItem.variantId))
      .where(eq(priceListItem.priceListId, id));
    await recordChanges(
      tx,
      actor,
      [null, ...products.map((p) => p.id)].map((productId) => ({
        entity: "price_list" as const,
        entityId: id,
        productId,
        entityLabel: list.name,
        field: "cancelledAt",
        before: null,
        after: done!.cancelledAt,
      })),
    );
    return products.map((p) => p.id);
  });
  await catalogChanged(db, productIds);
  return { id, cancelled: true };
}

const state = sql<PriceListState>`case
  when ${priceList.cancelledAt} is not null then 'cancelled'
  when ${priceList.startsAt} > now() then 'scheduled'
  when ${priceList.endsAt} > now() then 'active'
  else 'ended' end`;

const listColumns = {
  id: priceList.id,
  name: priceList.name,
  startsAt: priceList.startsAt,
  endsAt: priceList.endsAt,
  cancelledAt: priceList.cancelledAt,
  web: priceList.web,
  store: priceList.store,
  state,
  createdAt: priceList.createdAt,
  createdBy: sql<
    string | null
  >`(select coalesce(nullif(${user.name}, ''), ${user.email}) from ${user} where ${user.id} = ${priceList.createdBy})`,
  items: sql<number>`(select count(*)::int from ${priceListItem} where ${priceListItem.priceListId} = ${priceList.id})`,
};

/** Every price list, those in force and to come first, then the latest ended. */
export async function listPriceLists(db: Db) {
  const rows = await db
    .select(listColumns)
    .from(priceList)
    .orderBy(
      sql`case ${state} when 'active' then 0 when 'scheduled' then 1 else 2 end`,
      desc(priceList.startsAt),
      asc(priceList.name),
    )
    .limit(500);
  return rows.map(({ web, store, ...r }) => ({ ...r, channels: channelsOf({ web, store }) }));
}

/** One list with its prices beside each item's base price and what each channel charges now. */
export async function getPriceList(db: Db, id: string) {
  const [list] = await db.select(listColumns).from(priceList).where(eq(priceList.id, id));
  if (!list) throw notFound("priceList");
  const items = await db
    .select({
      variantId: variant.id,
      productId: product.id,
      productName: product.name,
      slug: product.slug,
      sku: variant.sku,
      colour: variant.colour,
      size: variant.size,
      currency: variant.currency,
      baseMinor: variant.priceMinor,
      amountMinor: priceListItem.amountMinor,
      webNowMinor: sql<number>`channel_price(${variant.id}, 'web', now())`,
      storeNowMinor: sql<number>`channel_price(${variant.id}, 'store', now())`,
    })
    .from(priceListItem)
    .innerJoin(variant, eq(variant.id, priceListItem.variantId))
    .innerJoin(product, eq(product.id, variant.productId))
    .where(eq(priceListItem.priceListId, id))
    .orderBy(asc(product.name), asc(variant.position));
  const { web, store, ...rest } = list;
  return {
    ...rest,
    channels: channelsOf({ web, store }),
    /** "2 Jan 2027, 00:00 CET – 1 Feb 2027, 00:00 CET", as the studio shows it. */
    window: `${formatMadrid(list.startsAt)} – ${formatMadrid(list.endsAt)}`,
    items: items.map(({ colour, size, ...i }) => ({ ...i, label: variantLabel({ colour, size, sku: i.sku }) })),
  };
}
