import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { variant } from "./catalog";
import { user } from "./users";

/**
 * A scheduled price list ("Rebajas de enero"): its prices are in force on its channels from
 * `startsAt` until `endsAt` (or until it was cancelled). Nothing runs at those instants: every
 * read compares them with the database's clock (`channel_price`, migration 0013). A list is never
 * edited after it is scheduled, only cancelled, so the rows themselves are its price history.
 */
export const priceList = pgTable(
  "price_list",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    web: boolean("web").notNull(),
    store: boolean("store").notNull(),
    createdBy: uuid("created_by").references(() => user.id, { onDelete: "set null" }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("price_list_window_idx").on(t.endsAt, t.startsAt),
    check("price_list_window", sql`${t.endsAt} > ${t.startsAt}`),
    check("price_list_channel", sql`${t.web} or ${t.store}`),
  ],
);

export const priceListItem = pgTable(
  "price_list_item",
  {
    priceListId: uuid("price_list_id")
      .notNull()
      .references(() => priceList.id, { onDelete: "cascade" }),
    variantId: uuid("variant_id")
      .notNull()
      .references(() => variant.id, { onDelete: "cascade" }),
    amountMinor: integer("amount_minor").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.priceListId, t.variantId] }),
    index("price_list_item_variant_idx").on(t.variantId),
    check("price_list_item_amount", sql`${t.amountMinor} >= 0`),
  ],
);

/**
 * Every base price a variant has had, from `at`: written by a trigger on `variant.price_minor`
 * (migration 0013), so the editor, `setPrice`, bulk edits and CSV imports all record it alike.
 */
export const variantPriceHistory = pgTable(
  "variant_price_history",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    variantId: uuid("variant_id")
      .notNull()
      .references(() => variant.id, { onDelete: "cascade" }),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    priceMinor: integer("price_minor").notNull(),
  },
  (t) => [index("variant_price_history_variant_idx").on(t.variantId, t.at)],
);

export type PriceList = typeof priceList.$inferSelect;
export type PriceListItem = typeof priceListItem.$inferSelect;
