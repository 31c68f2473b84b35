import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./users";

/**
 * Fixed-window counters shared by every instance: sign-in attempts per account and per client,
 * sign-ups, order placement and holds per client address. A row is one key's current window;
 * expired windows are swept on the maintenance beat, so the table stays as small as the traffic.
 */
export const rateLimit = pgTable(
  "rate_limit",
  {
    /** "<rule>:<subject>", e.g. "sign-in-address:3f2a…" (subjects that are personal are hashed). */
    key: text("key").primaryKey(),
    hits: integer("hits").notNull(),
    windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
    /** When the window ends; the sweep deletes rows past it. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("rate_limit_expires_idx").on(t.expiresAt)],
);

/**
 * A signed-in browser. The session cookie (a JWT) names one row; signing out ends it, and a
 * password or role change ends the person's other sessions, so a copied cookie stops working.
 */
export const authSession = pgTable(
  "auth_session",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [index("auth_session_user_idx").on(t.userId)],
);
