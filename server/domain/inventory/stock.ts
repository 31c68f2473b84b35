import "server-only";
import { and, eq, gt, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import { queryRows, type Db, type Tx } from "@/db/client";
import { location, stockHold, stockLevel } from "@/db/schema";
import { DomainError } from "@/server/errors";

/**
 * Units of a stock_level row that can still be promised: on hand, minus reserved for orders,
 * minus what other carts hold while their customers pay. A hold stops counting when it expires,
 * so holds time out with no background job. `exceptCartId` leaves out the caller's own hold.
 */
export function availableUnits(exceptCartId?: string): SQL<number> {
  const held = sql`coalesce((
    select sum(h.quantity) from ${stockHold} h
    where h.variant_id = ${stockLevel.variantId} and h.location_id = ${stockLevel.locationId}
      and h.expires_at > now()${exceptCartId ? sql` and h.cart_id <> ${exceptCartId}` : sql``}
  ), 0)`;
  return sql<number>`(${stockLevel.onHand} - ${stockLevel.reserved} - ${held})::int`;
}

export type StockLine = { variantId: string; quantity: number };
export type ShortLine = { variantId: string; requested: number; available: number };

/** Transaction handle or database: the same queries run in both. */

/**
 * Locks the stock rows of these lines at one location (in variant order, so two transactions
 * never deadlock) and returns the lines it cannot supply in full to this cart; the rows stay
 * locked until the transaction ends. Everything that changes reserved or holds goes through here
 * first. The database function locks first and counts in a later statement: a count in the
 * locking statement would miss holds committed while it waited (migration 0004 says why).
 */
async function lockShortLines(
  tx: Tx,
  cartId: string | null,
  locationId: string,
  lines: StockLine[],
): Promise<ShortLine[]> {
  if (!lines.length) return [];
  const [row] = await queryRows<{ short: ShortLine[] }>(
    tx,
    sql`select lock_stock_short_lines(${locationId}, ${JSON.stringify(lines)}::jsonb, ${cartId}) as short`,
  );
  return row?.short ?? [];
}

function shortages(lines: StockLine[], available: Map<string, number>): ShortLine[] {
  return lines
    .filter((l) => (available.get(l.variantId) ?? 0) < l.quantity)
    .map((l) => ({ variantId: l.variantId, requested: l.quantity, available: available.get(l.variantId) ?? 0 }));
}

/** The places an online order can come from: the warehouse and the click-and-collect stores. */
export const fulfilsOnline = or(eq(location.kind, "warehouse"), eq(location.clickAndCollect, true));

/** What each location can supply of these lines now, counting other carts' holds; nothing is locked. */
export async function supplyByLocation(db: Db | Tx, lines: StockLine[], exceptCartId?: string) {
  const ids = lines.map((l) => l.variantId);
  const rows = ids.length
    ? await db
        .select({
          variantId: stockLevel.variantId,
          locationId: stockLevel.locationId,
          available: availableUnits(exceptCartId),
        })
        .from(stockLevel)
        .innerJoin(location, eq(location.id, stockLevel.locationId))
        .where(and(inArray(stockLevel.variantId, ids), fulfilsOnline))
    : [];
  const byLocation = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const m = byLocation.get(r.locationId) ?? new Map<string, number>();
    m.set(r.variantId, Math.max(0, r.available));
    byLocation.set(r.locationId, m);
  }
  return {
    /** Lines this location cannot supply in full (empty: it can supply the whole cart). */
    shortAt: (locationId: string) => shortages(lines, byLocation.get(locationId) ?? new Map()),
    /** The most any single location can supply of one variant. */
    mostAnywhere: (variantId: string) => Math.max(0, ...[...byLocation.values()].map((m) => m.get(variantId) ?? 0)),
  };
}

/**
 * Holds the cart's units at one location until `expiresAt`, replacing any hold the cart had
 * (a cart holds at one place at a time). All or nothing: when the location cannot supply every
 * line, nothing is held and the short lines are returned.
 */
export async function holdStock(tx: Tx, cartId: string, locationId: string, lines: StockLine[], expiresAt: Date) {
  const released = await releaseHolds(tx, cartId);
  const variantIds = lines.map((l) => l.variantId);
  const short = await lockShortLines(tx, cartId, locationId, lines);
  // Expired holds count for nothing; clear the ones on these rows while they are locked anyway.
  if (variantIds.length) {
    await tx
      .delete(stockHold)
      .where(
        and(
          eq(stockHold.locationId, locationId),
          inArray(stockHold.variantId, variantIds),
          lte(stockHold.expiresAt, sql`now()`),
        ),
      );
  }
  if (short.length || !lines.length) return { held: false as const, short, released };
  await tx
    .insert(stockHold)
    .values(lines.map((l) => ({ cartId, locationId, variantId: l.variantId, quantity: l.quantity, expiresAt })));
  return { held: true as const, short, released };
}

/** Ends the cart's hold; returns the stock rows whose availability that changed. */
export async function releaseHolds(db: Db | Tx, cartId: string) {
  return db
    .delete(stockHold)
    .where(eq(stockHold.cartId, cartId))
    .returning({ variantId: stockHold.variantId, locationId: stockHold.locationId });
}

/** The cart's hold that is still running, if any: where and until when. */
export async function activeHold(db: Db | Tx, cartId: string) {
  const [row] = await db
    .select({
      locationId: stockHold.locationId,
      expiresAt: sql<Date>`min(${stockHold.expiresAt})`.mapWith(stockHold.expiresAt),
    })
    .from(stockHold)
    .where(and(eq(stockHold.cartId, cartId), gt(stockHold.expiresAt, sql`now()`)))
    .groupBy(stockHold.locationId)
    .limit(1);
  return row ?? null;
}

/** A stock row's availability after a change: what the stock.changed event carries. */
export type StockNow = { variantId: string; locationId: string; available: number };

/**
 * Reserves the lines at one location for an order, inside the caller's transaction: the rows
 * are locked and counted (the cart's own hold does not count against it), and reserved is raised
 * only when every line fits; the cart's hold is then released, since it has become the
 * reservation. A sale at the counter with no cart passes `null`: every cart's hold counts against
 * it. One call to the database function reserve_stock (migration 0004); the reserved <= on_hand
 * CHECK backs it up. Returns the new availability of every row it touched.
 */
export async function reserveStock(
  tx: Tx,
  cartId: string | null,
  locationId: string,
  lines: StockLine[],
): Promise<StockNow[]> {
  const [row] = await queryRows<{ outcome: { short?: ShortLine[]; stock?: StockNow[] } }>(
    tx,
    sql`select reserve_stock(${locationId}, ${cartId}, ${JSON.stringify(lines)}::jsonb) as outcome`,
  );
  if (row?.outcome.short) {
    throw new DomainError("OUT_OF_STOCK", { key: "errors.stock.notEnough" }, { lines: row.outcome.short });
  }
  return row?.outcome.stock ?? [];
}

/**
 * Reserved units leave the location (handed over or sold at the counter): on hand and reserved
 * both drop, so what others can buy stays the same. One statement for all the lines.
 */
export async function handOutReserved(tx: Tx, locationId: string, lines: StockLine[]) {
  if (!lines.length) return;
  await tx.execute(sql`
    update ${stockLevel} s
       set on_hand = s.on_hand - l.quantity, reserved = s.reserved - l.quantity, updated_at = now()
      from (select (e->>'variantId')::uuid as variant_id, sum((e->>'quantity')::int) as quantity
              from jsonb_array_elements(${JSON.stringify(lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })))}::jsonb) e group by 1) l
     where s.location_id = ${locationId} and s.variant_id = l.variant_id`);
}
