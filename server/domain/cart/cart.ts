import type { DeviceClass } from "@/lib/device";
import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { earliest, nextPriceChangeOn, wasOn, webPrice } from "@/server/domain/catalog/channel-price";
import { onWeb } from "@/server/domain/catalog/publication";
import { queryRows, type Db, type Tx } from "@/db/client";
import {
  cart,
  cartItem,
  interaction,
  location,
  product,
  productImage,
  stockHold,
  stockLevel,
  variant,
  type Cart,
  type Channel,
} from "@/db/schema";
import type { Money } from "@/lib/money";
import { ownedBy, ownerColumns, shopperKey, type Shopper } from "@/server/domain/customers/shopper";
import { announceStock, type StockKey } from "@/server/domain/events/announce";
import { availableUnits, fulfilsOnline, releaseHolds, supplyByLocation } from "@/server/domain/inventory/stock";
import { DomainError, notFound, type Said } from "@/server/errors";
import { MAX_LINE_QUANTITY } from "./inputs";

export { MAX_LINE_QUANTITY };

export async function findOpenCart(db: Db | Tx, shopper: Shopper): Promise<Cart | null> {
  const [row] = await db
    .select()
    .from(cart)
    .where(and(ownedBy(cart, shopper), eq(cart.status, "open")));
  return row ?? null;
}

/**
 * The shopper's open cart, created on first need, and locked for the rest of the transaction so
 * that two tabs changing one cart take turns; it is marked as changed now. One statement: the
 * insert meets the partial unique index (one open cart per owner) and updates the cart there,
 * which locks it. Reads of the cart's lines come in later statements, which see what a tab that
 * held the lock before committed.
 */
export async function lockOpenCart(tx: Tx, shopper: Shopper): Promise<Cart> {
  const owner = shopper.kind === "customer" ? cart.customerId : cart.guestId;
  const [row] = await tx
    .insert(cart)
    .values({ ...ownerColumns(shopper) })
    .onConflictDoUpdate({
      target: owner,
      targetWhere: sql`${cart.status} = 'open' and ${owner} is not null`,
      set: { updatedAt: sql`now()` },
    })
    .returning();
  if (!row) throw new Error("open cart upsert returned nothing");
  return row;
}

/**
 * A sellable variant with today's price, or NOT_FOUND; with `cartId`, also how many the cart has
 * and the most any one place an online order can come from (the warehouse, a click-and-collect
 * store) can supply to it, all in one read.
 */
async function sellableVariant(tx: Tx, variantId: string, cartId: string) {
  const most = tx
    .select({ most: sql`coalesce(max(greatest(${availableUnits(cartId)}, 0)), 0)` })
    .from(stockLevel)
    .innerJoin(location, eq(location.id, stockLevel.locationId))
    .where(and(eq(stockLevel.variantId, variant.id), fulfilsOnline));
  const [row] = await tx
    .select({
      id: variant.id,
      sku: variant.sku,
      priceMinor: webPrice,
      name: product.name,
      size: variant.size,
      colour: variant.colour,
      inCart: sql<number>`coalesce((select ${cartItem.quantity} from ${cartItem} where ${cartItem.cartId} = ${cartId} and ${cartItem.variantId} = ${variant.id}), 0)::int`,
      most: sql<number>`(${most})::int`,
    })
    .from(variant)
    .innerJoin(product, eq(product.id, variant.productId))
    .where(and(eq(variant.id, variantId), isNull(variant.archivedAt), onWeb));
  if (!row) throw notFound("item");
  return row;
}

export function describeVariant(v: { name: string; size: string | null; colour: string | null }): string {
  const options = [v.colour, v.size].filter(Boolean).join(", ");
  return options ? `${v.name} (${options})` : v.name;
}

/** Refuses a line the shop cannot supply, in words that say how many it can. */
function assertSuppliable(
  item: { name: string; size: string | null; colour: string | null; id: string; most: number },
  quantity: number,
  inCart: number,
) {
  const { most } = item;
  if (quantity <= most) return;
  const name = describeVariant(item);
  const said: Said =
    most === 0
      ? { key: "errors.cart.soldOut", values: { name } }
      : { key: inCart >= most ? "errors.cart.allInCart" : "errors.cart.onlyAvailable", values: { name, most } };
  throw new DomainError("OUT_OF_STOCK", said, { variantId: item.id, available: most });
}

/**
 * Where an add came from: the web (with the shopper's device class) or a store's staff, recorded in
 * the customer's history. `touch: false` leaves no record (a web shopper who has not allowed analytics).
 */
export type AddedVia = { channel: Channel; staffId?: string; device?: DeviceClass | null; touch?: boolean };

/**
 * Adds units to the cart. The total for the line may not exceed what any one location can
 * supply (an order ships from one place). The price seen now drives the "price changed" notice.
 */
export async function addItem(
  db: Db,
  shopper: Shopper,
  variantId: string,
  quantity: number,
  via: AddedVia = { channel: "web" },
) {
  const change = await db.transaction(async (tx) => {
    const c = await lockOpenCart(tx, shopper);
    const item = await sellableVariant(tx, variantId, c.id);
    const total = Math.min(item.inCart + quantity, MAX_LINE_QUANTITY);
    assertSuppliable(item, total, item.inCart);
    // One statement for the writes: the line, the end of the cart's checkout hold (the held units
    // no longer match the cart), and the touch in the customer's history.
    const payload = { variantId, sku: item.sku, quantity, ...(via.staffId ? { addedBy: via.staffId } : {}) };
    const released = await queryRows<StockKey>(
      tx,
      sql`with line as (
            insert into ${cartItem} (cart_id, variant_id, quantity, price_seen_minor) values (${c.id}, ${variantId}, ${total}, ${item.priceMinor})
            on conflict (cart_id, variant_id) do update set quantity = excluded.quantity, price_seen_minor = excluded.price_seen_minor
          ), noted as (
            insert into ${interaction} (customer_id, guest_id, channel, kind, payload, device)
            select ${ownerColumns(shopper).customerId}::uuid, ${ownerColumns(shopper).guestId}::text, ${via.channel}::channel, 'add_to_cart', ${JSON.stringify(payload)}::jsonb, ${via.device ?? null}::text
            where ${via.touch !== false}
          )
          delete from ${stockHold} where cart_id = ${c.id} returning variant_id as "variantId", location_id as "locationId"`,
    );
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
    if (!existing) throw notFound("cartItem");
    if (quantity > existing.quantity)
      assertSuppliable(await sellableVariant(tx, variantId, c.id), quantity, existing.quantity);
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

/** Any change to the cart ends its checkout hold: the held units no longer match the cart (lockOpenCart marked it changed). */
async function touch(tx: Tx, cartId: string) {
  return releaseHolds(tx, cartId);
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
export async function cartLines(db: Db | Tx, cartId: string) {
  return db
    .select({
      variantId: cartItem.variantId,
      quantity: cartItem.quantity,
      priceSeenMinor: cartItem.priceSeenMinor,
      sku: variant.sku,
      size: variant.size,
      colour: variant.colour,
      priceMinor: webPrice,
      wasMinor: wasOn("web"),
      nextChange: nextPriceChangeOn("web"),
      currency: variant.currency,
      productId: product.id,
      name: product.name,
      slug: product.slug,
      sellable: sql<boolean>`(${onWeb} and ${variant.archivedAt} is null)`,
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
  return {
    id: null,
    lines: [],
    count: 0,
    subtotal: { amountMinor: 0, currency: "EUR" },
    notices: [],
    priceChannel: "web",
    nextPriceChange: null,
  };
}

/** The cart as the shopper sees it: today's prices, price-change notices, how many can be had. */
export async function getCart(db: Db, shopper: Shopper) {
  const c = await findOpenCart(db, shopper);
  const rows = c ? await cartLines(db, c.id) : [];
  const supply = c
    ? await supplyByLocation(
        db,
        rows.map((r) => ({ variantId: r.variantId, quantity: r.quantity })),
        c.id,
      )
    : null;
  const currency = rows[0]?.currency ?? "EUR";
  const lines = rows.map((r) => {
    const unitPrice: Money = { amountMinor: r.priceMinor, currency: r.currency };
    const priceChange =
      r.priceMinor === r.priceSeenMinor ? null : r.priceMinor > r.priceSeenMinor ? ("up" as const) : ("down" as const);
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
      compareAt: r.wasMinor !== null ? ({ amountMinor: r.wasMinor, currency: r.currency } satisfies Money) : null,
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
    /** A cart always shows, and checkout charges, the web price (the counter prices with the store's). */
    priceChannel: "web" as const,
    /** When a sale on one of its items starts or ends: an open cart refetches then. */
    nextPriceChange: earliest(rows.map((r) => r.nextChange)),
  };
}
