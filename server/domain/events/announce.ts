import "server-only";
import { and, eq, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { stockLevel } from "@/db/schema";
import { availableUnits, type StockNow } from "@/server/domain/inventory/stock";
import { publish } from "./bus";
import type { DomainEvent } from "./events";

export type StockKey = { variantId: string; locationId: string };

/** stock.changed events for rows whose availability the change already returned. */
export function stockChanged(rows: StockNow[]): DomainEvent[] {
  return rows.map((r) => ({
    type: "stock.changed" as const,
    variantId: r.variantId,
    locationId: r.locationId,
    available: Math.max(0, r.available),
  }));
}

/**
 * After commit: the change's own events and the new availability of every (variant, location) it
 * touched, published together. One publish is one NOTIFY on PostgreSQL, and NOTIFY serialises
 * commits across the whole database, so a change announces itself once.
 */
export async function announceStock(db: Db, touched: StockKey[], ...events: DomainEvent[]) {
  const unique = [...new Map(touched.map((k) => [`${k.variantId}:${k.locationId}`, k])).values()];
  const rows = unique.length
    ? await db
        .select({ variantId: stockLevel.variantId, locationId: stockLevel.locationId, available: availableUnits() })
        .from(stockLevel)
        .where(
          or(...unique.map((k) => and(eq(stockLevel.variantId, k.variantId), eq(stockLevel.locationId, k.locationId)))),
        )
    : [];
  await publish(...events, ...stockChanged(rows));
}
