import type { Locale } from "@/i18n/locales";
import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { storePrice } from "@/server/domain/catalog/channel-price";
import { inStores } from "@/server/domain/catalog/publication";
import type { Db, Tx } from "@/db/client";
import { product, user, variant } from "@/db/schema";
import {
  authoriseCard,
  earlierOrder,
  namedShortLines,
  shortInWords,
  type EarlierOrder,
} from "@/server/domain/orders/placement";
import type { OrderLineInput } from "@/server/domain/orders/write";
import { reserveStock, type ShortLine, type StockLine, type StockNow } from "@/server/domain/inventory/stock";
import type { PaymentProvider } from "@/server/domain/payments/payments";
import { DomainError, notFound, say, type ErrorKey } from "@/server/errors";
import type { SaleLine } from "./inputs";

/** Who sells: the staff member, and the store taken from their account on the server. */
export type Counter = {
  store: { id: string; code: string; name: string };
  staffId: string;
  /** The console's language: a counter order's messages to the customer are written in it. */
  locale?: Locale;
};

/** A line as it goes on the order, at today's catalog price. */
export type PricedLine = OrderLineInput & { currency: string };

export type CounterOrder = EarlierOrder;

/** Idempotency keys of counter calls belong to the staff member who made them. */
export function counterOwner(counter: Counter): string {
  return `staff:${counter.staffId}`;
}

const KEY_REUSED: ErrorKey = "errors.pos.keyReused";

/** The order an earlier call with this key placed; null if none (or it is still being placed). */
export function orderForKey(db: Db, key: string, owner: string): Promise<CounterOrder | null> {
  return earlierOrder(db, key, owner, KEY_REUSED);
}

/** Words for a retry that finds the first call's order still being written. */
export function raceWords(stillPlacing: ErrorKey) {
  return { reused: KEY_REUSED, stillPlacing };
}

/** The customer's name and email for the order; a walk-in has none (the column is not null: empty). */
export async function contactOf(db: Db | Tx, customerId: string | null, given?: { name: string; email: string }) {
  if (!customerId) return given ?? { name: "Walk-in customer", email: "" };
  const [row] = await db
    .select({ name: user.name, email: user.email })
    .from(user)
    .where(and(eq(user.id, customerId), eq(user.role, "customer")));
  if (!row) throw notFound("customer");
  return row;
}

/** The basket's lines with today's prices; the same item twice becomes one line. Items not sold in stores are refused. */
export async function priceLines(db: Db | Tx, lines: SaleLine[]): Promise<PricedLine[]> {
  const merged = new Map<string, number>();
  for (const l of lines) merged.set(l.variantId, (merged.get(l.variantId) ?? 0) + l.quantity);
  const rows = await db
    .select({
      variantId: variant.id,
      sku: variant.sku,
      size: variant.size,
      colour: variant.colour,
      // The store price: a web-only sale leaves the counter alone.
      priceMinor: storePrice,
      currency: variant.currency,
      name: product.name,
      slug: product.slug,
    })
    .from(variant)
    .innerJoin(product, eq(product.id, variant.productId))
    .where(and(inArray(variant.id, [...merged.keys()]), isNull(variant.archivedAt), inStores));
  const missing = [...merged.keys()].filter((id) => !rows.some((r) => r.variantId === id));
  if (missing.length) throw new DomainError("NOT_FOUND", { key: "errors.pos.itemNotSold" }, { variantIds: missing });
  return rows.map((r) => ({ ...r, quantity: merged.get(r.variantId)! }));
}

export function subtotalOf(lines: PricedLine[]) {
  return {
    amountMinor: lines.reduce((n, l) => n + l.priceMinor * l.quantity, 0),
    currency: lines[0]?.currency ?? "EUR",
  };
}

/**
 * Reserves the lines at a location through the same code as web checkout (locked rows, holds of
 * other carts counted, all or nothing), and says what is short in words staff can repeat.
 */
export async function reserveAt(
  tx: Tx,
  cartId: string | null,
  place: { id: string; name: string },
  lines: PricedLine[],
  hint: Extract<ErrorKey, `errors.pos.hint.${string}`>,
): Promise<StockNow[]> {
  try {
    return await reserveStock(
      tx,
      cartId,
      place.id,
      lines.map((l): StockLine => ({ variantId: l.variantId, quantity: l.quantity })),
    );
  } catch (err) {
    if (!(err instanceof DomainError && err.code === "OUT_OF_STOCK")) throw err;
    const short = namedShortLines((err.details?.lines ?? []) as ShortLine[], lines);
    throw new DomainError(
      "OUT_OF_STOCK",
      {
        key: "errors.pos.outOfStock",
        values: (locale) => ({
          place: place.name,
          items: shortInWords(short, locale),
          hint: say({ key: hint }, locale),
        }),
      },
      { lines: short, locationId: place.id },
    );
  }
}

/** Card payments are authorised before the transaction; a refusal is worded for the staff member, not a shopper online. */
export function authorise(
  provider: PaymentProvider,
  amount: { amountMinor: number; currency: string },
  card: { number: string; expiry: string; cvc: string },
  reference: string,
) {
  return authoriseCard(provider, { amount, card, reference }, (reason) => `errors.payment.counter.${reason}`);
}
