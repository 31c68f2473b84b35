import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { channel } from "./orders";

/**
 * Insights read these small rollups, never the raw orders: PGlite is one connection, and an
 * aggregate over a year of orders on a request would stall checkout and every live stream.
 * server/domain/insights/rollup.ts recomputes whole days from the orders (so a status that changes
 * days later is counted where it belongs, once), a minute at a time.
 */

/** The shop's day (Europe/Madrid) of each sale, per fulfilling store, channel and how it was fulfilled. */
export const salesDay = pgTable(
  "sales_day",
  {
    day: date("day", { mode: "string" }).notNull(),
    locationId: uuid("location_id").notNull(),
    channel: channel("channel").notNull(),
    /** delivery; pickup (click-and-collect, or ordered at a store for later); counter (bought and taken at the till). */
    fulfilment: text("fulfilment").notNull(),
    orders: integer("orders").notNull(),
    units: integer("units").notNull(),
    revenueMinor: bigint("revenue_minor", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.day, t.locationId, t.channel, t.fulfilment] }),
    check("sales_day_fulfilment", sql`${t.fulfilment} in ('delivery', 'pickup', 'counter')`),
  ],
);

/**
 * The goods sold per shop day, store, channel, fulfilment and category: the sales filtered by
 * category. Revenue here is the lines' (an order's shipping belongs to no category); orders are
 * those with at least one line in the category.
 */
export const salesCategoryDay = pgTable(
  "sales_category_day",
  {
    day: date("day", { mode: "string" }).notNull(),
    locationId: uuid("location_id").notNull(),
    channel: channel("channel").notNull(),
    fulfilment: text("fulfilment").notNull(),
    categoryId: uuid("category_id").notNull(),
    orders: integer("orders").notNull(),
    units: integer("units").notNull(),
    revenueMinor: bigint("revenue_minor", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.locationId, t.channel, t.fulfilment, t.categoryId] })],
);

/** Counter sales per staff member and day: who sells what at each store. */
export const salesStaffDay = pgTable(
  "sales_staff_day",
  {
    day: date("day", { mode: "string" }).notNull(),
    locationId: uuid("location_id").notNull(),
    staffId: uuid("staff_id").notNull(),
    orders: integer("orders").notNull(),
    units: integer("units").notNull(),
    revenueMinor: bigint("revenue_minor", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.locationId, t.staffId] })],
);

/** How far each rollup has read: orders changed after `through` are read again on its next refresh. */
export const insightsRefresh = pgTable("insights_refresh", {
  name: text("name").primaryKey(),
  through: timestamp("through", { withTimezone: true }).notNull(),
  computedAt: timestamp("computed_at", { withTimezone: true }).notNull(),
});

/**
 * One row per click-and-collect order (web or endless-aisle pickups; not counter sales): when it
 * was placed, ready and collected, how it ended, and its units. Medians and p90s cannot be added
 * up by day, so they are taken over these rows: one per order, a year of a shop is a few tens of
 * thousands, where the raw events would be ten times as many.
 */
export const pickupFact = pgTable(
  "pickup_fact",
  {
    orderId: uuid("order_id").primaryKey(),
    day: date("day", { mode: "string" }).notNull(),
    locationId: uuid("location_id").notNull(),
    placedAt: timestamp("placed_at", { withTimezone: true }).notNull(),
    readyAt: timestamp("ready_at", { withTimezone: true }),
    collectedAt: timestamp("collected_at", { withTimezone: true }),
    /** open: not ended yet; collected; expired (not collected in time); cancelled. */
    outcome: text("outcome").notNull(),
    cancelReason: text("cancel_reason"),
    units: integer("units").notNull(),
    missing: integer("missing").notNull(),
  },
  (t) => [
    index("pickup_fact_location_day_idx").on(t.locationId, t.day),
    check("pickup_fact_outcome", sql`${t.outcome} in ('open', 'collected', 'expired', 'cancelled')`),
  ],
);

/** Each known customer's sales per shop day and channel: the channel mix (web only, store only, both). */
export const customerDay = pgTable(
  "customer_day",
  {
    day: date("day", { mode: "string" }).notNull(),
    customerId: uuid("customer_id").notNull(),
    channel: channel("channel").notNull(),
    orders: integer("orders").notNull(),
    revenueMinor: bigint("revenue_minor", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.day, t.customerId, t.channel] }),
    index("customer_day_customer_idx").on(t.customerId),
  ],
);

/**
 * customer_day added up per calendar month of shop days, a row per customer with both channels'
 * orders: a year's channel mix reads a dozen months (and the days at its edges), not every day.
 * `month` is the month's first day. Rebuilt from customer_day whenever one of its days is.
 */
export const customerMonth = pgTable(
  "customer_month",
  {
    month: date("month", { mode: "string" }).notNull(),
    customerId: uuid("customer_id").notNull(),
    webOrders: integer("web_orders").notNull(),
    storeOrders: integer("store_orders").notNull(),
    revenueMinor: bigint("revenue_minor", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.month, t.customerId] }),
    check("customer_month_first_day", sql`extract(day from ${t.month}) = 1`),
  ],
);

/** Each known customer's first sale and its channel: their cohort. */
export const customerFirst = pgTable(
  "customer_first",
  {
    customerId: uuid("customer_id").primaryKey(),
    day: date("day", { mode: "string" }).notNull(),
    channel: channel("channel").notNull(),
  },
  (t) => [index("customer_first_day_idx").on(t.day)],
);

/**
 * One row per sale: its units and revenue, and how much of it the same customer had seen on the
 * other channel in the 14 days before (web views, searches and adds to cart for a store sale;
 * store adds to cart, purchases and returns for a web sale). A counter sale is a pickup attach
 * when its customer collected an order at that store within 30 minutes of it.
 */
export const influenceFact = pgTable(
  "influence_fact",
  {
    orderId: uuid("order_id").primaryKey(),
    day: date("day", { mode: "string" }).notNull(),
    /** The store that sold it (the endless aisle's, not the one fulfilling it); for a web sale, the fulfilling location. */
    locationId: uuid("location_id").notNull(),
    channel: channel("channel").notNull(),
    /** Null: a walk-in or a guest. */
    customerId: uuid("customer_id"),
    units: integer("units").notNull(),
    revenueMinor: bigint("revenue_minor", { mode: "number" }).notNull(),
    influencedUnits: integer("influenced_units").notNull(),
    influencedRevenueMinor: bigint("influenced_revenue_minor", { mode: "number" }).notNull(),
    pickupAttach: boolean("pickup_attach").notNull(),
  },
  (t) => [index("influence_fact_day_idx").on(t.day)],
);

/** influence_fact added up per shop day, selling store and channel: what the dashboards read. */
export const influenceDay = pgTable(
  "influence_day",
  {
    day: date("day", { mode: "string" }).notNull(),
    locationId: uuid("location_id").notNull(),
    channel: channel("channel").notNull(),
    sales: integer("sales").notNull(),
    knownSales: integer("known_sales").notNull(),
    influencedSales: integer("influenced_sales").notNull(),
    revenueMinor: bigint("revenue_minor", { mode: "number" }).notNull(),
    influencedRevenueMinor: bigint("influenced_revenue_minor", { mode: "number" }).notNull(),
    attachSales: integer("attach_sales").notNull(),
    attachRevenueMinor: bigint("attach_revenue_minor", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.locationId, t.channel] })],
);

/**
 * The funnel per shop day, channel and device: shopper-days (one person on one day, on one
 * device) that viewed a product, added to a cart, and ordered. Distinct people are not additive
 * across days; shopper-days are, like visits.
 */
export const funnelDay = pgTable(
  "funnel_day",
  {
    day: date("day", { mode: "string" }).notNull(),
    channel: channel("channel").notNull(),
    /** phone, tablet, desktop; unknown for web touchpoints recorded before the device was, and in store. */
    device: text("device").notNull(),
    viewed: integer("viewed").notNull(),
    added: integer("added").notNull(),
    ordered: integer("ordered").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.day, t.channel, t.device] }),
    check("funnel_day_device", sql`${t.device} in ('phone', 'tablet', 'desktop', 'unknown')`),
  ],
);

/**
 * Web searches per shop day and query (lower-cased, spaces collapsed): how many, how many found
 * nothing, and how many were followed by a product view or an add to cart within 30 minutes.
 */
export const searchDay = pgTable(
  "search_day",
  {
    day: date("day", { mode: "string" }).notNull(),
    query: text("query").notNull(),
    searches: integer("searches").notNull(),
    zeroResults: integer("zero_results").notNull(),
    followed: integer("followed").notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.query] })],
);

/** search_day added up per calendar month (`month`, its first day): a year of queries is a dozen months of them. */
export const searchMonth = pgTable(
  "search_month",
  {
    month: date("month", { mode: "string" }).notNull(),
    query: text("query").notNull(),
    searches: integer("searches").notNull(),
    zeroResults: integer("zero_results").notNull(),
    followed: integer("followed").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.month, t.query] }),
    check("search_month_first_day", sql`extract(day from ${t.month}) = 1`),
  ],
);
