import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { location } from "./locations";
import { order, orderLine, paymentMethod } from "./orders";
import { user } from "./users";

/** Goods brought back to a store's counter, from an order of any channel, with the refund made. */
export const orderReturn = pgTable(
  "order_return",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => order.id, { onDelete: "cascade" }),
    /** The store that took the goods back (and whose stock they return to). */
    locationId: uuid("location_id")
      .notNull()
      .references(() => location.id),
    staffId: uuid("staff_id").references(() => user.id, { onDelete: "set null" }),
    reason: text("reason").notNull(),
    refundMinor: integer("refund_minor").notNull(),
    /** Refunds go back the way the customer paid: to the card, or in cash. */
    refundMethod: paymentMethod("refund_method").notNull(),
    /** The payment provider's refund reference, for card refunds. */
    refundReference: text("refund_reference"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("order_return_order_idx").on(t.orderId),
    check("order_return_refund_nonnegative", sql`${t.refundMinor} >= 0`),
  ],
);

export const orderReturnLine = pgTable(
  "order_return_line",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    returnId: uuid("return_id")
      .notNull()
      .references(() => orderReturn.id, { onDelete: "cascade" }),
    orderLineId: uuid("order_line_id")
      .notNull()
      .references(() => orderLine.id, { onDelete: "cascade" }),
    quantity: integer("quantity").notNull(),
    amountMinor: integer("amount_minor").notNull(),
  },
  (t) => [
    index("order_return_line_return_idx").on(t.returnId),
    check("order_return_line_quantity_positive", sql`${t.quantity} > 0`),
  ],
);

export type OrderReturn = typeof orderReturn.$inferSelect;
export type OrderReturnLine = typeof orderReturnLine.$inferSelect;
