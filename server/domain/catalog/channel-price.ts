import "server-only";
import { sql } from "drizzle-orm";
import { variant } from "@/db/schema";
import type { SalesChannel } from "./publication";

/**
 * A variant's price on a channel now, by the database's clock (migration 0013): the lowest price
 * list in force there, else the base price. The web shop, carts and checkout read the web price;
 * the counter reads the store price. Nothing is copied, so a sale starts and ends at its second.
 */
export function priceOn(channel: SalesChannel) {
  return sql<number>`coalesce(list_price(${variant.id}, ${sql.raw(`'${channel}'`)}, now()), ${variant.priceMinor})`;
}

/** The struck-through "was" price on a channel now (lowest of the 30 days before the reduction), or null. */
export function wasOn(channel: SalesChannel) {
  return sql<number | null>`was_price(${variant.id}, ${sql.raw(`'${channel}'`)}, now())`;
}

/** When this variant's price on a channel next may change (a sale starting or ending), or null. */
export function nextPriceChangeOn(channel: SalesChannel) {
  return sql<string | Date | null>`next_price_change(${variant.id}, ${sql.raw(`'${channel}'`)}, now())`;
}

export const webPrice = priceOn("web");
export const storePrice = priceOn("store");

/** The earliest of these instants still to come, as a Date (what a page schedules its refresh for). */
export function earliest(instants: (string | Date | null)[]): Date | null {
  const times = instants.filter((t) => t !== null).map((t) => new Date(t).getTime());
  return times.length ? new Date(Math.min(...times)) : null;
}
