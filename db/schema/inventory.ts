import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { variant } from "./catalog";
import { location } from "./locations";
import { user } from "./users";

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

/**
 * Why on-hand stock changed outside a sale: the audit trail of a store's counts.
 * received: a delivery came in; count: staff counted the shelf and corrected the figure;
 * missing: a unit could not be found while picking an order; returned: a customer brought it back.
 */
export const stockMovementKind = pgEnum("stock_movement_kind", ["received", "count", "missing", "returned"]);

export const stockMovement = pgTable(
  "stock_movement",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    variantId: uuid("variant_id")
      .notNull()
      .references(() => variant.id, { onDelete: "cascade" }),
    locationId: uuid("location_id")
      .notNull()
      .references(() => location.id, { onDelete: "cascade" }),
    kind: stockMovementKind("kind").notNull(),
    /** Change to on hand: positive for a delivery, negative for units found missing. */
    delta: integer("delta").notNull(),
    /** On hand after the change, so a count's history reads without replaying it. */
    onHandAfter: integer("on_hand_after").notNull(),
    reason: text("reason").notNull(),
    /** The staff member who made the change; null for the system. */
    actorId: uuid("actor_id").references(() => user.id, { onDelete: "set null" }),
    /** The order it concerns (a missing pick, a return). */
    orderId: uuid("order_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("stock_movement_location_idx").on(t.locationId, t.createdAt),
    index("stock_movement_variant_idx").on(t.variantId, t.locationId),
  ],
);

export type StockMovement = typeof stockMovement.$inferSelect;
export type StockMovementKind = (typeof stockMovementKind.enumValues)[number];
