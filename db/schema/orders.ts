import type { Locale } from "@/i18n/locales";
import { sql } from "drizzle-orm";
import {
  char,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "./users";

export const channel = pgEnum("channel", ["web", "store"]);
export const fulfilmentType = pgEnum("fulfilment_type", ["pickup", "delivery"]);
export const orderStatus = pgEnum("order_status", [
  "placed",
  "picking",
  "ready",
  "collected",
  "shipped",
  "delivered",
  "cancelled",
  "expired",
]);
export const paymentMethod = pgEnum("payment_method", ["card", "pay_at_pickup", "cash"]);
/** pending: paid at the counter; authorized: card approved, charged at handover or dispatch. */
export const paymentStatus = pgEnum("payment_status", ["pending", "authorized", "paid", "voided", "refunded"]);

/**
 * Order numbers count up from 1001 across all locations, so they never collide and stay short.
 * They may skip (a rolled-back order, or values Postgres prefetched before a crash): never reuse.
 */
export const orderNumberSeq = pgSequence("order_number_seq", { startWith: 1001, minValue: 1001 });

export type DeliveryAddress = {
  name: string;
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  country: string;
  phone?: string;
};

export const order = pgTable(
  "order",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Readable aloud at the counter: the fulfilling location's code and four digits, e.g. MAD-4821. */
    number: text("number").notNull().unique(),
    customerId: uuid("customer_id").references(() => user.id, { onDelete: "set null" }),
    /** The guest browser that placed it (sha-256 of its cookie token), so it can show the confirmation. */
    guestId: text("guest_id"),
    /** Contact for guests; a copy of the account's for customers. Empty for a walk-in sale at the counter. */
    email: text("email").notNull(),
    contactName: text("contact_name").notNull(),
    channel: channel("channel").notNull(),
    fulfilment: fulfilmentType("fulfilment").notNull(),
    /**
     * No foreign key here, on sold_at_location_id, nor on order_line.variant_id: a key check locks
     * the row it points at (FOR KEY SHARE), and every order of a store would lock that store's one
     * row, every order of a flash sale the same variant's: concurrent lockers turn each into a new
     * MultiXact on a hot page (measured: about +10% orders a second without them on PostgreSQL).
     * The writers take these ids from rows they read in the same transaction (place_web_order
     * checks the store, the counter's store comes from the account, lines from the cart or the
     * catalog), and locations and sold variants are never deleted.
     */
    locationId: uuid("location_id").notNull(),
    status: orderStatus("status").notNull().default("placed"),
    paymentMethod: paymentMethod("payment_method").notNull(),
    paymentStatus: paymentStatus("payment_status").notNull(),
    paymentReference: text("payment_reference"),
    pickupCode: text("pickup_code"),
    /** Wrong pickup codes tried at the counter, to slow down guessing. */
    pickupCodeFailures: integer("pickup_code_failures").notNull().default(0),
    lastPickupCodeFailureAt: timestamp("last_pickup_code_failure_at", { withTimezone: true }),
    deliveryAddress: jsonb("delivery_address").$type<DeliveryAddress>(),
    subtotalMinor: integer("subtotal_minor").notNull(),
    shippingMinor: integer("shipping_minor").notNull().default(0),
    totalMinor: integer("total_minor").notNull(),
    currency: char("currency", { length: 3 }).notNull().default("EUR"),
    /** The store whose staff placed it: in-store sales and endless-aisle orders. Null for web orders. */
    soldAtLocationId: uuid("sold_at_location_id"),
    /** The staff member who sold it at the counter. */
    soldById: uuid("sold_by_id").references(() => user.id, { onDelete: "set null" }),
    /**
     * Pay-at-pickup orders are held for the customer until then: not collected (and not paid) by
     * this time, they expire and their stock goes back on sale, whatever their status.
     */
    collectBy: timestamp("collect_by", { withTimezone: true }),
    /** A keyed hash of the client address that placed a web order (never the address itself), to cap open unpaid orders per client. */
    placedFrom: text("placed_from"),
    /** phone, tablet or desktop (lib/device.ts) for a web order: the funnel by device. Null in store. */
    device: text("device"),
    /** The language the order was placed in: every message about it is written in it (guests have no account to ask). */
    locale: text("locale").$type<Locale>().notNull().default("es"),
    placedAt: timestamp("placed_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // An order is a customer's or a guest's: each goes into one of these two, not both.
    index("order_customer_idx")
      .on(t.customerId, t.placedAt)
      .where(sql`${t.customerId} is not null`),
    index("order_guest_idx")
      .on(t.guestId)
      .where(sql`${t.guestId} is not null`),
    index("order_location_status_idx").on(t.locationId, t.status),
    // The insights rollup reads the orders changed since its last refresh.
    index("order_updated_idx").on(t.updatedAt),
    // ...and recomputes whole shop days of them, found by when they were placed.
    index("order_placed_idx").on(t.placedAt),
    // Open unpaid pickup orders: swept when their collect-by passes, and counted per email and client.
    index("order_unpaid_collect_by_idx")
      .on(t.collectBy)
      .where(sql`${t.collectBy} is not null and ${t.paymentStatus} = 'pending'`),
    index("order_unpaid_email_idx")
      .on(t.email)
      .where(sql`${t.collectBy} is not null and ${t.paymentStatus} = 'pending'`),
    index("order_unpaid_placed_from_idx")
      .on(t.placedFrom)
      .where(sql`${t.collectBy} is not null and ${t.paymentStatus} = 'pending'`),
    check("order_total_nonnegative", sql`${t.totalMinor} >= 0`),
    check("order_device", sql`${t.device} in ('phone', 'tablet', 'desktop')`),
    check("order_locale", sql`${t.locale} in ('es', 'en')`),
  ],
);

/** Orders keep the name and price the customer paid, whatever the catalog says later. */
export const orderLine = pgTable(
  "order_line",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /**
     * No foreign key, here, on order_event.order_id and on idempotency_key.order_id: the three are
     * written with their order by one statement of insert_order (migration 0004), and each key
     * check locked the order row again and measured 10–20% of the orders PostgreSQL can take.
     * Orders are never deleted (a cancelled or returned order keeps its history).
     */
    orderId: uuid("order_id").notNull(),
    /** No foreign key: see order.locationId. */
    variantId: uuid("variant_id").notNull(),
    sku: text("sku").notNull(),
    productName: text("product_name").notNull(),
    productSlug: text("product_slug").notNull(),
    size: text("size"),
    colour: text("colour"),
    quantity: integer("quantity").notNull(),
    unitPriceMinor: integer("unit_price_minor").notNull(),
    /** Units staff confirmed on the shelf (by scan, typed or tapped SKU) while picking. */
    pickedQuantity: integer("picked_quantity").notNull().default(0),
    /** Units not found on the shelf: not charged, not handed over, stock corrected. */
    missingQuantity: integer("missing_quantity").notNull().default(0),
    /** Units brought back at a counter. */
    returnedQuantity: integer("returned_quantity").notNull().default(0),
  },
  (t) => [
    index("order_line_order_idx").on(t.orderId),
    check("order_line_quantity_positive", sql`${t.quantity} > 0`),
    check(
      "order_line_picked_within_quantity",
      sql`${t.pickedQuantity} >= 0 and ${t.missingQuantity} >= 0 and ${t.pickedQuantity} + ${t.missingQuantity} <= ${t.quantity}`,
    ),
    check(
      "order_line_returned_within_kept",
      sql`${t.returnedQuantity} >= 0 and ${t.returnedQuantity} <= ${t.quantity} - ${t.missingQuantity}`,
    ),
  ],
);

export const orderEvent = pgTable(
  "order_event",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** No foreign key: see order_line.orderId. */
    orderId: uuid("order_id").notNull(),
    status: orderStatus("status").notNull(),
    channel: channel("channel").notNull(),
    actorId: uuid("actor_id").references(() => user.id, { onDelete: "set null" }),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("order_event_order_idx").on(t.orderId, t.createdAt)],
);

/** A retried order placement with the same key returns the first order instead of placing another. */
export const idempotencyKey = pgTable("idempotency_key", {
  key: text("key").primaryKey(),
  /** Who may reuse the key: a user id or a guest id, so one caller cannot read another's result. */
  owner: text("owner").notNull(),
  /** No foreign key: see order_line.orderId. */
  orderId: uuid("order_id"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Order = typeof order.$inferSelect;
export type NewOrder = typeof order.$inferInsert;
export type OrderLine = typeof orderLine.$inferSelect;
export type OrderEvent = typeof orderEvent.$inferSelect;
export type OrderStatus = (typeof orderStatus.enumValues)[number];
export type Channel = (typeof channel.enumValues)[number];
