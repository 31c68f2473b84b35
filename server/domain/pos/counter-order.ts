import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { idempotencyKey, order, product, user, variant } from "@/db/schema";
import { describeVariant } from "@/server/domain/cart/cart";
import type { OrderLineInput } from "@/server/domain/orders/write";
import { reserveStock, type ShortLine, type StockLine, type StockNow } from "@/server/domain/inventory/stock";
import type { PaymentProvider } from "@/server/domain/payments/payments";
import { DomainError, notFound } from "@/server/errors";
import type { SaleLine } from "./inputs";

/** Who sells: the staff member, and the store taken from their account on the server. */
export type Counter = { store: { id: string; code: string; name: string }; staffId: string };

/** A line as it goes on the order, at today's catalog price. */
export type PricedLine = OrderLineInput & { currency: string };

export type CounterOrder = { orderNumber: string; status: string; pickupCode?: string; totalMinor: number; currency: string };

/** Idempotency keys of counter calls belong to the staff member who made them. */
export function counterOwner(counter: Counter): string {
  return `staff:${counter.staffId}`;
}

/** The order an earlier call with this key placed; null if none (or it is still being placed). */
export async function orderForKey(db: Db, key: string, owner: string): Promise<CounterOrder | null> {
  const [row] = await db
    .select({ owner: idempotencyKey.owner, number: order.number, status: order.status, pickupCode: order.pickupCode, totalMinor: order.totalMinor, currency: order.currency })
    .from(idempotencyKey)
    .leftJoin(order, eq(order.id, idempotencyKey.orderId))
    .where(eq(idempotencyKey.key, key));
  if (!row) return null;
  if (row.owner !== owner) throw new DomainError("IDEMPOTENCY_KEY_REUSED", "That sale belongs to someone else. Start a new sale.");
  if (!row.number) return null;
  return { orderNumber: row.number, status: row.status ?? "placed", totalMinor: row.totalMinor ?? 0, currency: row.currency ?? "EUR", ...(row.pickupCode ? { pickupCode: row.pickupCode } : {}) };
}

/** Thrown inside the transaction when another call with the same key got there first. */
export class AlreadyPlaced extends Error {}

/** Claims the key inside the transaction: a racing retry waits on the row, then finds it taken. */
export async function claimKey(tx: Tx, key: string, owner: string) {
  const claimed = await tx.insert(idempotencyKey).values({ key, owner }).onConflictDoNothing().returning();
  if (!claimed.length) throw new AlreadyPlaced();
}

/** The customer's name and email for the order; a walk-in has none (the column is not null: empty). */
export async function contactOf(db: Db | Tx, customerId: string | null, given?: { name: string; email: string }) {
  if (!customerId) return given ?? { name: "Walk-in customer", email: "" };
  const [row] = await db.select({ name: user.name, email: user.email }).from(user).where(and(eq(user.id, customerId), eq(user.role, "customer")));
  if (!row) throw notFound("That customer");
  return row;
}

/** The basket's lines with today's prices; the same item twice becomes one line. Items not sold in stores are refused. */
export async function priceLines(db: Db | Tx, lines: SaleLine[]): Promise<PricedLine[]> {
  const merged = new Map<string, number>();
  for (const l of lines) merged.set(l.variantId, (merged.get(l.variantId) ?? 0) + l.quantity);
  const rows = await db
    .select({ variantId: variant.id, sku: variant.sku, size: variant.size, colour: variant.colour, priceMinor: variant.priceMinor, currency: variant.currency, name: product.name, slug: product.slug })
    .from(variant)
    .innerJoin(product, eq(product.id, variant.productId))
    .where(and(inArray(variant.id, [...merged.keys()]), eq(product.status, "published"), eq(product.visibleStore, true)));
  const missing = [...merged.keys()].filter((id) => !rows.some((r) => r.variantId === id));
  if (missing.length) throw new DomainError("NOT_FOUND", "An item in the basket is no longer sold. Remove it and try again.", { variantIds: missing });
  return rows.map((r) => ({ ...r, quantity: merged.get(r.variantId)! }));
}

export function subtotalOf(lines: PricedLine[]) {
  return { amountMinor: lines.reduce((n, l) => n + l.priceMinor * l.quantity, 0), currency: lines[0]?.currency ?? "EUR" };
}

/**
 * Reserves the lines at a location through the same code as web checkout (locked rows, holds of
 * other carts counted, all or nothing), and says what is short in words staff can repeat.
 */
export async function reserveAt(tx: Tx, cartId: string | null, place: { id: string; name: string }, lines: PricedLine[], hint: string): Promise<StockNow[]> {
  try {
    return await reserveStock(tx, cartId, place.id, lines.map((l): StockLine => ({ variantId: l.variantId, quantity: l.quantity })));
  } catch (err) {
    if (!(err instanceof DomainError && err.code === "OUT_OF_STOCK")) throw err;
    const short = ((err.details?.lines ?? []) as ShortLine[]).map((s) => {
      const line = lines.find((l) => l.variantId === s.variantId);
      return { ...s, sku: line?.sku ?? "", name: line ? describeVariant(line) : "An item" };
    });
    const parts = short.map((s) => (s.available === 0 ? `${s.name} is sold out` : `only ${s.available} of ${s.name} left`));
    throw new DomainError("OUT_OF_STOCK", `At ${place.name} ${parts.join("; ")}. ${hint}`, { lines: short, locationId: place.id });
  }
}


/** Card payments are authorised before the transaction, so no row stays locked while the bank answers. */
export async function authorise(provider: PaymentProvider, amount: { amountMinor: number; currency: string }, card: { number: string; expiry: string; cvc: string }, reference: string) {
  const auth = await provider.authorize({ amount, card, reference });
  if (!auth.ok) {
    // The customer is at the counter: speak to the staff member, not to a shopper online.
    const message = auth.reason === "try_again" ? "The bank didn’t answer. Try the card again." : `${auth.message.replace(/ Try another card or choose pay at pickup\.$/, "")} Ask for another card, or take cash.`;
    throw new DomainError(auth.reason === "try_again" ? "PAYMENT_TRY_AGAIN" : "PAYMENT_DECLINED", message, { reason: auth.reason });
  }
  return auth.authorizationId;
}
