import "server-only";
import { randomInt } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { cart, idempotencyKey, location, order, orderEvent, user } from "@/db/schema";
import { cartLines, describeVariant, findOpenCart, lockOpenCart } from "@/server/domain/cart/cart";
import type { Money } from "@/server/domain/catalog/catalog";
import { shopperKey, type Shopper } from "@/server/domain/customers/shopper";
import { announceStock } from "@/server/domain/events/announce";
import { publish } from "@/server/domain/events/bus";
import { recordInteraction } from "@/server/domain/history/interactions";
import { insertOrder } from "@/server/domain/orders/write";
import { activeHold, holdStock, releaseHolds, reserveStock, supplyByLocation, type ShortLine } from "@/server/domain/inventory/stock";
import type { PaymentProvider } from "@/server/domain/payments/provider";
import { DomainError } from "@/server/errors";
import type { HoldTarget, PlaceOrderInput } from "./inputs";

export const DELIVERY_FEE_MINOR = 495;
export const FREE_DELIVERY_FROM_MINOR = 5000;

export function deliveryFee(subtotalMinor: number): number {
  return subtotalMinor >= FREE_DELIVERY_FROM_MINOR ? 0 : DELIVERY_FEE_MINOR;
}

type Line = Awaited<ReturnType<typeof cartLines>>[number];

function namedShortLines(short: ShortLine[], lines: Line[]) {
  return short.map((s) => {
    const line = lines.find((l) => l.variantId === s.variantId);
    return { ...s, sku: line?.sku ?? "", name: line ? describeVariant(line) : "An item" };
  });
}

/** Where delivery orders come from. */
async function warehouse(db: Db) {
  const [row] = await db.select({ id: location.id, name: location.name }).from(location).where(eq(location.kind, "warehouse")).orderBy(asc(location.sortOrder)).limit(1);
  if (!row) throw new DomainError("NOT_FOUND", "Delivery is not available right now.");
  return row;
}

async function pickupStore(db: Db, locationId: string) {
  const [row] = await db
    .select({ id: location.id, code: location.code, name: location.name, kind: location.kind, clickAndCollect: location.clickAndCollect })
    .from(location)
    .where(eq(location.id, locationId));
  if (!row || row.kind !== "store" || !row.clickAndCollect) {
    throw new DomainError("NOT_A_PICKUP_STORE", "That store does not offer click-and-collect. Choose another store.");
  }
  return row;
}

/**
 * What the checkout page offers: every click-and-collect store (the shopper's own first) with
 * whether it can supply the whole cart now and which lines it cannot, the same for delivery,
 * and the cart's running hold.
 */
export async function checkoutOptions(db: Db, shopper: Shopper | null, chosenStoreId: string | null) {
  const c = shopper ? await findOpenCart(db, shopper) : null;
  const lines = c ? await cartLines(db, c.id) : [];
  const supply = await supplyByLocation(db, lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })), c?.id);
  const stores = await db
    .select({ id: location.id, name: location.name, city: location.city, addressLine: location.addressLine, openingHours: location.openingHours, timezone: location.timezone })
    .from(location)
    .where(and(eq(location.kind, "store"), eq(location.clickAndCollect, true)))
    .orderBy(asc(location.sortOrder));
  stores.sort((a, b) => Number(b.id === chosenStoreId) - Number(a.id === chosenStoreId));
  const wh = await warehouse(db);
  const hold = c ? await activeHold(db, c.id) : null;
  return {
    hasItems: lines.length > 0,
    stores: stores.map((s) => {
      const short = namedShortLines(supply.shortAt(s.id), lines);
      return { ...s, chosen: s.id === chosenStoreId, canSupply: lines.length > 0 && short.length === 0, short };
    }),
    delivery: (() => {
      const short = namedShortLines(supply.shortAt(wh.id), lines);
      return { locationId: wh.id, canSupply: lines.length > 0 && short.length === 0, short };
    })(),
    hold: hold
      ? {
          locationId: hold.locationId,
          expiresAt: hold.expiresAt,
          /** By the server's clock, so a device whose clock is off still counts down right. */
          secondsLeft: secondsUntil(hold.expiresAt),
          type: hold.locationId === wh.id ? ("delivery" as const) : ("pickup" as const),
        }
      : null,
  };
}

/**
 * Holds the cart's units where the customer chose to receive them, for `minutes`, so they are
 * not sold to someone else while the customer pays. Choosing elsewhere moves the hold.
 */
export async function holdForCheckout(db: Db, shopper: Shopper, target: HoldTarget, minutes: number, now = new Date()) {
  const locationId = target.type === "pickup" ? (await pickupStore(db, target.locationId)).id : (await warehouse(db)).id;
  const outcome = await db.transaction(async (tx) => {
    const c = await lockOpenCart(tx, shopper);
    const lines = await cartLines(tx, c.id);
    if (!lines.length) throw new DomainError("CART_EMPTY", "Your cart is empty.");
    const expiresAt = new Date(now.getTime() + minutes * 60_000);
    const result = await holdStock(tx, c.id, locationId, lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })), expiresAt);
    const touched = [...result.released, ...(result.held ? lines.map((l) => ({ variantId: l.variantId, locationId })) : [])];
    return { result, lines, expiresAt, touched };
  });
  await announceStock(db, outcome.touched);
  const { result, lines, expiresAt } = outcome;
  return result.held
    ? { held: true as const, locationId, expiresAt, secondsLeft: minutes * 60, short: [] }
    : { held: false as const, locationId, expiresAt: null, secondsLeft: 0, short: namedShortLines(result.short, lines) };
}

export async function releaseCheckoutHold(db: Db, shopper: Shopper) {
  const c = await findOpenCart(db, shopper);
  if (c) await announceStock(db, await releaseHolds(db, c.id));
}

function secondsUntil(at: Date, now = new Date()) {
  return Math.max(0, Math.round((at.getTime() - now.getTime()) / 1000));
}

export type PlacedOrder = { orderNumber: string; status: string; pickupCode?: string };

async function orderForKey(db: Db, key: string, owner: string): Promise<PlacedOrder | null> {
  const [row] = await db
    .select({ owner: idempotencyKey.owner, number: order.number, status: order.status, pickupCode: order.pickupCode })
    .from(idempotencyKey)
    .leftJoin(order, eq(order.id, idempotencyKey.orderId))
    .where(eq(idempotencyKey.key, key));
  if (!row) return null;
  if (row.owner !== owner) throw new DomainError("IDEMPOTENCY_KEY_REUSED", "That checkout attempt belongs to someone else. Reload the page and try again.");
  if (!row.number) return null;
  return { orderNumber: row.number, status: row.status ?? "placed", ...(row.pickupCode ? { pickupCode: row.pickupCode } : {}) };
}

/** Thrown inside the transaction when another call with the same key got there first. */
class AlreadyPlaced extends Error {}

/**
 * Places the shopper's cart as an order. The card is authorised first (outside the transaction,
 * so no row stays locked while a bank answers); then one transaction claims the idempotency key,
 * reserves the stock at the fulfilling location, writes the order, its lines and its first
 * event, and closes the cart. Any failure rolls all of it back and voids the authorisation.
 */
export async function placeOrder(db: Db, shopper: Shopper, input: PlaceOrderInput, provider: PaymentProvider): Promise<PlacedOrder> {
  const owner = shopperKey(shopper);
  const earlier = await orderForKey(db, input.idempotencyKey, owner);
  if (earlier) return earlier;

  const { fulfilment, payment } = input;
  const place =
    fulfilment.type === "pickup" ? await pickupStore(db, fulfilment.locationId) : { ...(await warehouse(db)), code: "WEB" };
  if (fulfilment.type === "delivery" && payment.method !== "card") {
    throw new DomainError("INVALID_INPUT", "Delivery orders are paid by card.");
  }
  const contact = await contactFor(db, shopper, input.contact);

  const c = await findOpenCart(db, shopper);
  const preview = c ? await cartLines(db, c.id) : [];
  if (!c || !preview.length) throw new DomainError("CART_EMPTY", "Your cart is empty.");
  const unsellable = preview.filter((l) => !l.sellable);
  if (unsellable.length) {
    throw new DomainError("OUT_OF_STOCK", `${unsellable.map(describeVariant).join(", ")} can no longer be bought. Remove it from your cart to continue.`, {
      lines: namedShortLines(unsellable.map((l) => ({ variantId: l.variantId, requested: l.quantity, available: 0 })), preview),
    });
  }
  const totals = orderTotals(preview, fulfilment.type);

  let authorizationId: string | null = null;
  if (payment.method === "card") {
    const auth = await provider.authorize({ amount: totals.total, card: payment.card, reference: input.idempotencyKey });
    if (!auth.ok) {
      throw new DomainError(auth.reason === "try_again" ? "PAYMENT_TRY_AGAIN" : "PAYMENT_DECLINED", auth.message, { reason: auth.reason });
    }
    authorizationId = auth.authorizationId;
  }

  let committed: { orderId: string; result: PlacedOrder; cartId: string; lines: { variantId: string }[] };
  try {
    committed = await db.transaction(async (tx) => {
      // The key's row is claimed first: a racing call with the same key waits here, then finds it taken.
      const claimed = await tx.insert(idempotencyKey).values({ key: input.idempotencyKey, owner }).onConflictDoNothing().returning();
      if (!claimed.length) throw new AlreadyPlaced();

      const locked = await lockOpenCart(tx, shopper);
      const lines = await cartLines(tx, locked.id);
      if (locked.id !== c.id || !lines.length) throw new DomainError("CART_EMPTY", "Your cart is empty.");
      const now = orderTotals(lines, fulfilment.type);
      if (now.total.amountMinor !== totals.total.amountMinor) {
        throw new DomainError("PRICE_CHANGED", "Prices in your cart changed while you were checking out. Review your cart and place the order again.");
      }
      try {
        await reserveStock(tx, locked.id, place.id, lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })));
      } catch (err) {
        if (err instanceof DomainError && err.code === "OUT_OF_STOCK") {
          const short = namedShortLines((err.details?.lines ?? []) as ShortLine[], lines);
          throw new DomainError("OUT_OF_STOCK", outOfStockMessage(short, place.name), { lines: short });
        }
        throw err;
      }

      const placed = await insertOrder(tx, place.code, input.idempotencyKey, {
        customerId: shopper.kind === "customer" ? shopper.id : null,
        guestId: shopper.kind === "guest" ? shopper.id : null,
        email: contact.email,
        contactName: contact.name,
        channel: "web",
        fulfilment: fulfilment.type,
        locationId: place.id,
        paymentMethod: payment.method,
        paymentStatus: payment.method === "card" ? "authorized" : "pending",
        paymentReference: authorizationId,
        pickupCode: fulfilment.type === "pickup" ? String(randomInt(0, 1_000_000)).padStart(6, "0") : null,
        deliveryAddress: fulfilment.type === "delivery" ? fulfilment.address : null,
        subtotalMinor: now.subtotal.amountMinor,
        shippingMinor: now.shipping.amountMinor,
        totalMinor: now.total.amountMinor,
        currency: now.total.currency,
      }, lines);
      await tx.insert(orderEvent).values({ orderId: placed.id, status: "placed", channel: "web", actorId: shopper.kind === "customer" ? shopper.id : null });
      await tx.update(cart).set({ status: "converted", updatedAt: sql`now()` }).where(eq(cart.id, locked.id));
      await recordInteraction(tx, shopper, "web", "order", { orderNumber: placed.number, totalMinor: placed.totalMinor });
      return {
        orderId: placed.id,
        cartId: locked.id,
        lines,
        result: { orderNumber: placed.number, status: placed.status, ...(placed.pickupCode ? { pickupCode: placed.pickupCode } : {}) },
      };
    });
  } catch (err) {
    if (authorizationId) await provider.void(authorizationId).catch((e) => console.error("voiding authorisation failed", e));
    if (err instanceof AlreadyPlaced) {
      const first = await orderForKey(db, input.idempotencyKey, owner);
      if (first) return first;
      throw new DomainError("IDEMPOTENCY_KEY_REUSED", "That checkout attempt is still being processed. Check your orders in a moment.");
    }
    throw err;
  }
  // After commit: the store's queue, the customer's other screens, and everyone's stock view.
  await publish(
    { type: "order.updated", orderId: committed.orderId, number: committed.result.orderNumber, status: committed.result.status, owner, locationId: place.id },
    { type: "cart.updated", cartId: committed.cartId, owner },
    ...(fulfilment.type === "pickup" ? [{ type: "pickup.queue" as const, locationId: place.id }] : []),
  );
  await announceStock(db, committed.lines.map((l) => ({ variantId: l.variantId, locationId: place.id })));
  return committed.result;
}

function outOfStockMessage(short: { name: string; available: number }[], where: string) {
  const parts = short.map((s) => (s.available === 0 ? `${s.name} is sold out` : `only ${s.available} of ${s.name} left`));
  return `Sorry, at ${where} ${parts.join("; ")}. Update your cart or choose another store.`;
}

export function orderTotals(lines: Pick<Line, "priceMinor" | "quantity" | "currency">[], type: "pickup" | "delivery") {
  const currency = lines[0]?.currency ?? "EUR";
  const subtotal = lines.reduce((n, l) => n + l.priceMinor * l.quantity, 0);
  const shipping = type === "delivery" ? deliveryFee(subtotal) : 0;
  return {
    subtotal: { amountMinor: subtotal, currency } satisfies Money,
    shipping: { amountMinor: shipping, currency } satisfies Money,
    total: { amountMinor: subtotal + shipping, currency } satisfies Money,
  };
}

/** Guests give a contact; customers use their account's. */
async function contactFor(db: Db, shopper: Shopper, given: PlaceOrderInput["contact"]) {
  if (shopper.kind === "customer") {
    const [row] = await db.select({ email: user.email, name: user.name }).from(user).where(eq(user.id, shopper.id));
    if (!row) throw new DomainError("NOT_FOUND", "Your account was not found.");
    return { email: row.email, name: given?.name ?? row.name };
  }
  if (!given) throw new DomainError("INVALID_INPUT", "Enter your email and name so we can send your order confirmation.");
  return given;
}
