import "server-only";
import type { Db } from "@/db/client";
import { env } from "@/env";
import { subjectHash, takeHit, type Limit } from "@/server/domain/security/rate-limit";
import { serverSecret } from "@/server/secret";
import { DomainError, type ErrorKey } from "@/server/errors";

/*
 * What keeps one client from hoarding a store's stock. An order paid at pickup reserves units and
 * costs nothing until it is collected, so each gets a collect-by date, and a shopper may keep only
 * a few waiting at once. A card order is authorised (the money is held), so it is limited only by
 * the rate of placements. Staff at a counter (server/domain/pos) are not limited per client.
 */

/**
 * Open unpaid pay-at-pickup orders one contact email may have. A family's week of errands is one or
 * two; three leaves room for a forgotten one, while a hoarder needs a new address for every three.
 */
export const OPEN_UNPAID_PER_EMAIL = 3;
/** The same per guest browser, whatever emails it types in. */
export const OPEN_UNPAID_PER_GUEST = 3;
/**
 * Per client address: higher, because a household, an office or a mobile carrier's NAT puts many
 * shoppers behind one address; still far below the 145 a minute one client placed before.
 */
export const OPEN_UNPAID_PER_ADDRESS = 10;

/** Orders placed from one client address (any payment), so neither orders nor card tries can be sprayed. */
export const PLACEMENT_LIMIT: Limit = { rule: "order-address", max: 20, windowSeconds: 10 * 60 };
/** Checkout holds from one client address: a shopper changing store a few times per order fits easily. */
export const HOLD_LIMIT: Limit = { rule: "hold-address", max: 60, windowSeconds: 10 * 60 };

/** The limits place_web_order applies to pay-at-pickup orders (migration 0007). */
export const OPEN_UNPAID_LIMITS = {
  email: OPEN_UNPAID_PER_EMAIL,
  guest: OPEN_UNPAID_PER_GUEST,
  from: OPEN_UNPAID_PER_ADDRESS,
};

/** The client address as the order and the limits keep it: a keyed hash, never the address. */
export function clientSubject(address: string | null | undefined): string | null {
  return address ? subjectHash(address, serverSecret()) : null;
}

/**
 * Counts one hit for this client, refusing with RATE_LIMITED past the limit, in the words of
 * `refusal` (said with the wait in {minutes}). No client (scripts, tests), no limit.
 */
export async function throttleClient(
  db: Db,
  limit: Limit,
  subject: string | null,
  refusal: Extract<ErrorKey, `errors.limits.${string}`>,
  now = new Date(),
) {
  if (!subject) return;
  const taken = await takeHit(db, limit, subject, now);
  if (!taken.allowed) {
    const minutes = Math.ceil(taken.retryAfterSeconds / 60);
    throw new DomainError(
      "RATE_LIMITED",
      { key: refusal, values: { minutes } },
      { retryAfterSeconds: taken.retryAfterSeconds },
    );
  }
}

/** When an order paid at pickup must be collected by, counted from its placement. */
export function collectByFrom(placedAt: Date, days = env.PICKUP_COLLECT_DAYS): Date {
  return new Date(placedAt.getTime() + days * 24 * 60 * 60 * 1000);
}

/** A TOO_MANY_OPEN_ORDERS refusal from place_web_order, in the shopper's words. */
export function tooManyOpenOrders(details: Record<string, unknown>): DomainError {
  const limit = Number(details.limit ?? OPEN_UNPAID_PER_EMAIL);
  const scope = details.scope === "client" ? "client" : details.scope === "guest" ? "guest" : "email";
  return new DomainError(
    "TOO_MANY_OPEN_ORDERS",
    scope === "client"
      ? { key: "errors.limits.openOrdersFromClient" }
      : { key: "errors.limits.openOrders", values: { limit } },
    { scope, limit },
  );
}
