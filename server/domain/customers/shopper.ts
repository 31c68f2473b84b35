import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { eq, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

/**
 * Whoever is shopping: a signed-in customer, or a guest known only by a random token in an
 * http-only cookie. The database keeps the token's sha-256, never the token, so a leaked row
 * cannot be replayed as a cookie.
 */
export type Shopper = { kind: "customer"; id: string } | { kind: "guest"; id: string };

export function newGuestToken(): string {
  return randomBytes(32).toString("base64url");
}

export function guestIdFromToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** `where` for rows owned by this shopper, for tables with customer_id and guest_id columns. */
export function ownedBy(columns: { customerId: PgColumn; guestId: PgColumn }, shopper: Shopper): SQL {
  return shopper.kind === "customer" ? eq(columns.customerId, shopper.id) : eq(columns.guestId, shopper.id);
}

export function ownerColumns(shopper: Shopper): { customerId: string | null; guestId: string | null } {
  return shopper.kind === "customer"
    ? { customerId: shopper.id, guestId: null }
    : { customerId: null, guestId: shopper.id };
}

/** One string per shopper: who may reuse an idempotency key, whose events a subscription gets. */
export function shopperKey(shopper: Shopper): string {
  return `${shopper.kind}:${shopper.id}`;
}

/** The shopperKey of whoever placed an order (null if the account is gone). */
export function orderOwnerKey(placed: { customerId: string | null; guestId: string | null }): string | null {
  if (placed.customerId) return shopperKey({ kind: "customer", id: placed.customerId });
  return placed.guestId ? shopperKey({ kind: "guest", id: placed.guestId }) : null;
}
