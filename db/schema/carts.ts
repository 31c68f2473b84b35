import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { variant } from "./catalog";
import { location } from "./locations";
import { user } from "./users";

export const cartStatus = pgEnum("cart_status", ["open", "merged", "converted"]);

/**
 * A customer's cart. Owned by a user, or by a guest through the sha-256 of their cookie token.
 * At most one open cart per user and per guest, enforced by partial unique indexes.
 */
export const cart = pgTable(
  "cart",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    customerId: uuid("customer_id").references(() => user.id, { onDelete: "cascade" }),
    guestId: text("guest_id"),
    status: cartStatus("status").notNull().default("open"),
    /** What the customer must be told on their next look at the cart (e.g. quantities capped by a merge). */
    notices: jsonb("notices").$type<string[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("cart_open_customer_idx")
      .on(t.customerId)
      .where(sql`${t.status} = 'open' and ${t.customerId} is not null`),
    uniqueIndex("cart_open_guest_idx")
      .on(t.guestId)
      .where(sql`${t.status} = 'open' and ${t.guestId} is not null`),
    check("cart_has_owner", sql`${t.customerId} is not null or ${t.guestId} is not null`),
  ],
);

/** No price here: the cart always shows today's price; the price at add time only drives the "price changed" notice. */
export const cartItem = pgTable(
  "cart_item",
  {
    cartId: uuid("cart_id")
      .notNull()
      .references(() => cart.id, { onDelete: "cascade" }),
    variantId: uuid("variant_id")
      .notNull()
      .references(() => variant.id, { onDelete: "cascade" }),
    quantity: integer("quantity").notNull(),
    priceSeenMinor: integer("price_seen_minor").notNull(),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.cartId, t.variantId] }),
    check("cart_item_quantity_positive", sql`${t.quantity} > 0`),
  ],
);

/**
 * Units held at one location for a cart while its customer pays. Active until expiresAt; an
 * expired hold simply stops counting, so it times out with no job. Writers lock the stock_level
 * row of the same variant and location first, which serialises holds against reservations.
 */
export const stockHold = pgTable(
  "stock_hold",
  {
    cartId: uuid("cart_id")
      .notNull()
      .references(() => cart.id, { onDelete: "cascade" }),
    variantId: uuid("variant_id")
      .notNull()
      .references(() => variant.id, { onDelete: "cascade" }),
    locationId: uuid("location_id")
      .notNull()
      .references(() => location.id, { onDelete: "cascade" }),
    quantity: integer("quantity").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.cartId, t.variantId] }),
    index("stock_hold_variant_location_idx").on(t.variantId, t.locationId, t.expiresAt),
    check("stock_hold_quantity_positive", sql`${t.quantity} > 0`),
  ],
);

export type Cart = typeof cart.$inferSelect;
export type CartItem = typeof cartItem.$inferSelect;
export type StockHold = typeof stockHold.$inferSelect;
