import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { variant } from "./catalog";
import { location } from "./locations";

/**
 * One row per variant per location. Available = onHand - reserved.
 * The CHECKs make overselling impossible even if application code is wrong:
 * reservations are taken with conditional updates that fail on these.
 */
export const stockLevel = pgTable(
  "stock_level",
  {
    variantId: uuid("variant_id")
      .notNull()
      .references(() => variant.id, { onDelete: "cascade" }),
    locationId: uuid("location_id")
      .notNull()
      .references(() => location.id, { onDelete: "cascade" }),
    onHand: integer("on_hand").notNull().default(0),
    reserved: integer("reserved").notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.variantId, t.locationId] }),
    index("stock_level_location_idx").on(t.locationId),
    check("stock_on_hand_nonnegative", sql`${t.onHand} >= 0`),
    check("stock_reserved_nonnegative", sql`${t.reserved} >= 0`),
    check("stock_reserved_within_on_hand", sql`${t.reserved} <= ${t.onHand}`),
  ],
);

export type StockLevel = typeof stockLevel.$inferSelect;
