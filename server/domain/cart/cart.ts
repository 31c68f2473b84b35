import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { cart, cartItem, product, productImage, variant, type Cart, type Channel } from "@/db/schema";
import type { Money } from "@/server/domain/catalog/catalog";
import { ownedBy, ownerColumns, shopperKey, type Shopper } from "@/server/domain/customers/shopper";
import { announceStock, type StockKey } from "@/server/domain/events/announce";
import { recordInteraction } from "@/server/domain/history/interactions";
import { releaseHolds, supplyByLocation } from "@/server/domain/inventory/stock";
import { DomainError, notFound } from "@/server/errors";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

/** Most of one item a single cart line may ask for; stock usually caps it sooner. */
export const MAX_LINE_QUANTITY = 20;

export async function findOpenCart(db: Tx, shopper: Shopper): Promise<Cart | null> {
  const [row] = await db
    .select()
    .from(cart)
    .where(and(ownedBy(cart, shopper), eq(cart.status, "open")));
  return row ?? null;
}

/**
 * The shopper's open cart, created on first need, and locked for the rest of the transaction so
 * that two tabs changing one cart take turns. The partial unique index keeps it one per owner.
 */
export async function lockOpenCart(tx: Tx, shopper: Shopper): Promise<Cart> {
  await tx
    .insert(cart)
    .values({ ...ownerColumns(shopper) })
    .onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(cart)
    .where(and(ownedBy(cart, shopper), eq(cart.status, "open")))
    .for("update");
  if (!row) throw new Error("open cart vanished after insert");
  return row;
}

/** A sellable variant with today's price, or NOT_FOUND. */
async function sellableVariant(tx: Tx, variantId: string) {
  const [row] = await tx
    .select({ id: variant.id, sku: variant.sku, priceMinor: variant.priceMinor, name: product.name, size: variant.size, colour: variant.colour })
    .from(variant)
    .innerJoin(product, eq(product.id, variant.productId))
    .where(and(eq(variant.id, variantId), eq(product.status, "published"), eq(product.visibleWeb, true)));
  if (!row) throw notFound("That item");
  return row;
}

export function describeVariant(v: { name: string; size: string | null; colour: string | null }): string {
  const options = [v.colour, v.size].filter(Boolean).join(", ");
  return options ? `${v.name} (${options})` : v.name;
}

async function assertSuppliable(tx: Tx, cartId: string, item: { id: string; name: string; size: string | null; colour: string | null }, quantity: number, inCart: number) {
  const most = (await supplyByLocation(tx, [{ variantId: item.id, quantity }], cartId)).mostAnywhere(item.id);
  if (quantity <= most) return;
  const what = describeVariant(item);
  const message =
    most === 0
      ? `${what} is sold out.`
      : inCart >= most
        ? `You already have all ${most} of ${what} we can supply in your cart.`
        : `Only ${most} of ${what} available.`;
  throw new DomainError("OUT_OF_STOCK", message, { variantId: item.id, available: most });
}

/** Who added to the cart: the shopper online, or store staff for them (recorded in their history). */
export type AddedVia = { channel: Channel; staffId?: string };

/**
 * Adds units to the cart. The total for the line may not exceed what any one location can
 * supply (an order ships from one place). The price seen now drives the "price changed" notice.
 */
export async function addItem(db: Db, shopper: Shopper, variantId: string, quantity: number, via: AddedVia = { channel: "web" }) {
  const change = await db.transaction(async (tx) => {
    const c = await lockOpenCart(tx, shopper);
    const item = await sellableVariant(tx, variantId);
    const [existing] = await tx
      .select({ quantity: cartItem.quantity })
      .from(cartItem)
      .where(and(eq(cartItem.cartId, c.id), eq(cartItem.variantId, variantId)));
    const total = Math.min((existing?.quantity ?? 0) + quantity, MAX_LINE_QUANTITY);
    await assertSuppliable(tx, c.id, item, total, existing?.quantity ?? 0);
    await tx
      .insert(cartItem)
      .values({ cartId: c.id, variantId, quantity: total, priceSeenMinor: item.priceMinor })
      .onConflictDoUpdate({ target: [cartItem.cartId, cartItem.variantId], set: { quantity: total, priceSeenMinor: item.priceMinor } });
    const released = await touch(tx, c.id);
    await recordInteraction(tx, shopper, via.channel, "add_to_cart", { variantId, sku: item.sku, quantity, ...(via.staffId ? { addedBy: via.staffId } : {}) });
    return { cartId: c.id, released };
  });
  await announceCartChange(db, shopper, change);
}

export async function setQuantity(db: Db, shopper: Shopper, variantId: string, quantity: number) {
  if (quantity === 0) return removeItem(db, shopper, variantId);
  const change = await db.transaction(async (tx) => {
    const c = await lockOpenCart(tx, shopper);
    const [existing] = await tx
      .select({ quantity: cartItem.quantity })
      .from(cartItem)
      .where(and(eq(cartItem.cartId, c.id), eq(cartItem.variantId, variantId)));
    if (!existing) throw notFound("That item in your cart");
    if (quantity > existing.quantity) await assertSuppliable(tx, c.id, await sellableVariant(tx, variantId), quantity, existing.quantity);
    await tx
      .update(cartItem)
      .set({ quantity })
      .where(and(eq(cartItem.cartId, c.id), eq(cartItem.variantId, variantId)));
    return { cartId: c.id, released: await touch(tx, c.id) };
  });
  await announceCartChange(db, shopper, change);
}

export async function removeItem(db: Db, shopper: Shopper, variantId: string) {
  const change = await db.transaction(async (tx) => {
    const c = await lockOpenCart(tx, shopper);
    await tx.delete(cartItem).where(and(eq(cartItem.cartId, c.id), eq(cartItem.variantId, variantId)));
    return { cartId: c.id, released: await touch(tx, c.id) };
  });
  await announceCartChange(db, shopper, change);
}

/** Any change to the cart ends its checkout hold: the held units no longer match the cart. */
async function touch(tx: Tx, cartId: string) {
  const released = await releaseHolds(tx, cartId);
  await tx.update(cart).set({ updatedAt: sql`now()` }).where(eq(cart.id, cartId));
  return released;
}

/** After commit: the cart's other devices refresh, and stock its ended hold kept comes back. */
export async function announceCartChange(db: Db, shopper: Shopper, change: { cartId: string; released: StockKey[] }) {
  await announceStock(db, change.released, { type: "cart.updated", cartId: change.cartId, owner: shopperKey(shopper) });
}

export async function dismissNotices(db: Db, shopper: Shopper) {
  const cleared = await db
    .update(cart)
    .set({ notices: [] })
    .where(and(ownedBy(cart, shopper), eq(cart.status, "open")))
    .returning({ id: cart.id });
  for (const c of cleared) await announceCartChange(db, shopper, { cartId: c.id, released: [] });
}

/** The cart's lines with today's prices and what they said when added. */
export async function cartLines(db: Tx, cartId: string) {
  return db
    .select({
      variantId: cartItem.variantId,
      quantity: cartItem.quantity,
      priceSeenMinor: cartItem.priceSeenMinor,
      sku: variant.sku,
      size: variant.size,
      colour: variant.colour,
      priceMinor: variant.priceMinor,
      compareAtMinor: variant.compareAtMinor,
      currency: variant.currency,
      productId: product.id,
      name: product.name,
      slug: product.slug,
      sellable: sql<boolean>`${product.status} = 'published' and ${product.visibleWeb}`,
      image: sql<{ url: string; alt: string } | null>`(
        select json_build_object('url', ${productImage.url}, 'alt', ${productImage.alt}) from ${productImage}
        where ${productImage.productId} = ${product.id}
        order by (${productImage.colour} is not distinct from ${variant.colour}) desc, ${productImage.position}
        limit 1)`,
    })
    .from(cartItem)
    .innerJoin(variant, eq(variant.id, cartItem.variantId))
    .innerJoin(product, eq(product.id, variant.productId))
    .where(eq(cartItem.cartId, cartId))
    .orderBy(asc(cartItem.addedAt), asc(variant.sku));
}

export type CartView = Awaited<ReturnType<typeof getCart>>;

/** The cart of a guest who has none yet. */
export function emptyCart(): CartView {
  return { id: null, lines: [], count: 0, subtotal: { amountMinor: 0, currency: "EUR" }, notices: [] };
}

/** The cart as the shopper sees it: today's prices, price-change notices, how many can be had. */
export async function getCart(db: Db, shopper: Shopper) {
  const c = await findOpenCart(db, shopper);
  const rows = c ? await cartLines(db, c.id) : [];
  const supply = c ? await supplyByLocation(db, rows.map((r) => ({ variantId: r.variantId, quantity: r.quantity })), c.id) : null;
  const currency = rows[0]?.currency ?? "EUR";
  const lines = rows.map((r) => {
    const unitPrice: Money = { amountMinor: r.priceMinor, currency: r.currency };
    const priceChange = r.priceMinor === r.priceSeenMinor ? null : r.priceMinor > r.priceSeenMinor ? ("up" as const) : ("down" as const);
    const maxAvailable = supply?.mostAnywhere(r.variantId) ?? 0;
    return {
      variantId: r.variantId,
      productId: r.productId,
      slug: r.slug,
      name: r.name,
      sku: r.sku,
      size: r.size,
      colour: r.colour,
      image: r.image,
      quantity: r.quantity,
      unitPrice,
      compareAt: r.compareAtMinor !== null ? ({ amountMinor: r.compareAtMinor, currency: r.currency } satisfies Money) : null,
      /** The price when the customer added it, when it differs from today's. */
      previousPrice: priceChange ? ({ amountMinor: r.priceSeenMinor, currency: r.currency } satisfies Money) : null,
      priceChange,
      lineTotal: { amountMinor: r.priceMinor * r.quantity, currency: r.currency } satisfies Money,
      maxAvailable: Math.min(maxAvailable, MAX_LINE_QUANTITY),
      /** False when it can no longer be bought as asked: unpublished, or more than any place has. */
      purchasable: r.sellable && r.quantity <= maxAvailable,
    };
  });
  return {
    id: c?.id ?? null,
    lines,
    count: lines.reduce((n, l) => n + l.quantity, 0),
    subtotal: { amountMinor: lines.reduce((n, l) => n + l.lineTotal.amountMinor, 0), currency } satisfies Money,
    notices: c?.notices ?? [],
  };
}
