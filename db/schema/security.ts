import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
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

/** What an emailed link is for; forgot-password links (issue 16) join this list. */
export const accountLinkPurpose = pgEnum("account_link_purpose", ["sign_up"]);

/**
 * A single-use link sent by email. Only the hash of its token is stored, so the table holds no
 * working link; a sign-up link carries what the form was given (name, and the password already
 * hashed) until it is used or expires. Expired rows are swept on the maintenance beat.
 */
export const accountLink = pgTable(
  "account_link",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    purpose: accountLinkPurpose("purpose").notNull(),
    /** sha-256 of the link's token, base64url. */
    tokenHash: text("token_hash").notNull(),
    /** Lower-cased, as user.email. */
    email: text("email").notNull(),
    name: text("name"),
    passwordHash: text("password_hash"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("account_link_token_idx").on(t.tokenHash), index("account_link_expires_idx").on(t.expiresAt)],
);
