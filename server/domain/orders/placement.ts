import "server-only";
import { randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { idempotencyKey, order } from "@/db/schema";
import type { Money } from "@/lib/money";
import { describeVariant } from "@/server/domain/cart/cart";
import type { ShortLine } from "@/server/domain/inventory/stock";
import type { CardDetails, DeclineReason, PaymentProvider } from "@/server/domain/payments/payments";
import type { Locale } from "@/i18n/locales";
import { DomainError, listIn, say, type ErrorKey } from "@/server/errors";
import { log } from "@/server/log";

/**
 * The steps every way of placing an order shares (web checkout, a counter sale, the endless
 * aisle): the idempotency key, the order an earlier call with it placed, the card authorised
 * before the transaction and voided when the order is not written, and the pickup code.
 */

/** What an earlier call with the same key placed. */
export type EarlierOrder = {
  orderNumber: string;
  status: string;
  pickupCode?: string;
  totalMinor: number;
  currency: string;
};

/**
 * The order an earlier call with this key placed; null if none, or if it is still being placed.
 * A key of someone else's is refused with `reused`, worded for who is placing.
 */
export async function earlierOrder(
  db: Db | Tx,
  key: string,
  owner: string,
  reused: ErrorKey,
): Promise<EarlierOrder | null> {
  const [row] = await db
    .select({
      owner: idempotencyKey.owner,
      number: order.number,
      status: order.status,
      pickupCode: order.pickupCode,
      totalMinor: order.totalMinor,
      currency: order.currency,
    })
    .from(idempotencyKey)
    .leftJoin(order, eq(order.id, idempotencyKey.orderId))
    .where(eq(idempotencyKey.key, key));
  if (!row) return null;
  if (row.owner !== owner) throw new DomainError("IDEMPOTENCY_KEY_REUSED", { key: reused });
  if (!row.number) return null;
  return {
    orderNumber: row.number,
    status: row.status ?? "placed",
    totalMinor: row.totalMinor ?? 0,
    currency: row.currency ?? "EUR",
    ...(row.pickupCode ? { pickupCode: row.pickupCode } : {}),
  };
}

/** Thrown inside the transaction when another call with the same key got there first. */
export class AlreadyPlaced extends Error {}

/** Claims the key inside the transaction: a racing retry waits on the row, then finds it taken. */
export async function claimKey(tx: Tx, key: string, owner: string) {
  const claimed = await tx.insert(idempotencyKey).values({ key, owner }).onConflictDoNothing().returning();
  if (!claimed.length) throw new AlreadyPlaced();
}

/**
 * The first call's order, after this one found the key claimed (AlreadyPlaced). While that call
 * is still writing it, the refusal says so (details.reason "in_progress"): retrying with the same
 * key is then safe, and the client reads the reason, not the words.
 */
export async function orderOfRace(
  db: Db,
  key: string,
  owner: string,
  words: { reused: ErrorKey; stillPlacing: ErrorKey },
): Promise<EarlierOrder> {
  const first = await earlierOrder(db, key, owner, words.reused);
  if (first) return first;
  throw new DomainError("IDEMPOTENCY_KEY_REUSED", { key: words.stillPlacing }, { reason: "in_progress" });
}

/**
 * Authorises the card before the transaction, so no row stays locked while the bank answers. A
 * refusal is PAYMENT_TRY_AGAIN or PAYMENT_DECLINED with the reason, in the words `wording` gives
 * for it (a shopper's by default), whichever provider refused.
 */
export async function authoriseCard(
  provider: PaymentProvider,
  input: { amount: Money; card: CardDetails; reference: string },
  wording: (reason: DeclineReason) => ErrorKey = (reason) => `errors.payment.${reason}`,
): Promise<string> {
  const auth = await provider.authorize(input);
  if (!auth.ok)
    throw new DomainError(
      auth.reason === "try_again" ? "PAYMENT_TRY_AGAIN" : "PAYMENT_DECLINED",
      { key: wording(auth.reason) },
      { reason: auth.reason },
    );
  return auth.authorizationId;
}

/** The order was not written (or another call wrote it): let the authorisation go. A failure is logged, never thrown over the refusal. */
export async function voidAuthorisation(provider: PaymentProvider, authorizationId: string | null | undefined) {
  if (!authorizationId) return;
  await provider
    .void(authorizationId)
    .catch((err: unknown) => log.error({ err, authorizationId }, "voiding a card authorisation failed"));
}

type NamedLine = { variantId: string; sku: string; name: string; size: string | null; colour: string | null };

/** What is short, with each line's SKU and name as the order would carry them. */
export function namedShortLines(short: ShortLine[], lines: NamedLine[]) {
  return short.map((s) => {
    const line = lines.find((l) => l.variantId === s.variantId);
    return { ...s, sku: line?.sku ?? "", name: line ? describeVariant(line) : "An item" };
  });
}

/** "Linen shirt (White, M) is sold out and only 2 of Canvas tote left", in a language. */
export function shortInWords(short: { name: string; available: number }[], locale: Locale): string {
  return listIn(
    locale,
    short.map((s) =>
      s.available === 0
        ? say({ key: "errors.stock.soldOut", values: { name: s.name } }, locale)
        : say({ key: "errors.stock.onlyLeft", values: { name: s.name, count: s.available } }, locale),
    ),
  );
}

/** The six digits a customer shows at the counter to collect. */
export function newPickupCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}
