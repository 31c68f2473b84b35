import { sql } from "drizzle-orm";
import { bigint, check, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { channel } from "./orders";
import { user } from "./users";

export const interactionKind = pgEnum("interaction_kind", [
  "view",
  "search",
  "add_to_cart",
  "order",
  "pickup",
  "return",
]);

export type InteractionPayload =
  | { productId: string; slug: string; name: string }
  | { query: string; resultCount: number }
  | { variantId: string; sku: string; quantity: number }
  | { orderNumber: string; totalMinor: number }
  | Record<string, unknown>;

/** Every touchpoint with its channel: the customer's history for staff and the marketers' analytics. */
export const interaction = pgTable(
  "interaction",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Insertion order: timestamps can tie (PGlite's clock ticks in milliseconds). */
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
    customerId: uuid("customer_id").references(() => user.id, { onDelete: "cascade" }),
    guestId: text("guest_id"),
    channel: channel("channel").notNull(),
    kind: interactionKind("kind").notNull(),
    payload: jsonb("payload").$type<InteractionPayload>().notNull(),
    /** phone, tablet or desktop (lib/device.ts) for web touchpoints since it was recorded; null in store and before. */
    device: text("device"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("interaction_customer_idx").on(t.customerId, t.createdAt),
    index("interaction_guest_idx").on(t.guestId, t.createdAt),
    // The insights refresh reads the days of new touchpoints, and the retention job deletes the oldest.
    index("interaction_created_idx").on(t.createdAt),
    check("interaction_device", sql`${t.device} in ('phone', 'tablet', 'desktop')`),
  ],
);

export type Interaction = typeof interaction.$inferSelect;
