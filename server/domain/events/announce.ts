import "server-only";
import { and, eq, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { stockLevel } from "@/db/schema";
import { availableUnits } from "@/server/domain/inventory/stock";
import { publish } from "./bus";

export type StockKey = { variantId: string; locationId: string };

/** After commit: the new availability of every (variant, location) a change touched. */
export async function announceStock(db: Db, touched: StockKey[]) {
  const unique = [...new Map(touched.map((k) => [`${k.variantId}:${k.locationId}`, k])).values()];
  if (!unique.length) return;
  const rows = await db
    .select({ variantId: stockLevel.variantId, locationId: stockLevel.locationId, available: availableUnits() })
    .from(stockLevel)
    .where(or(...unique.map((k) => and(eq(stockLevel.variantId, k.variantId), eq(stockLevel.locationId, k.locationId)))));
  await publish(...rows.map((r) => ({ type: "stock.changed" as const, ...r, available: Math.max(0, r.available) })));
}
