import { sql } from "drizzle-orm";
import { boolean, check, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Locale } from "@/i18n/locales";
import { location } from "./locations";

export const userRole = pgEnum("user_role", ["customer", "staff", "marketer", "admin"]);

export const user = pgTable(
  "user",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored lower-cased; unique. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    phone: text("phone"),
    /** scrypt hash in the form scrypt$N$r$p$salt$hash (see server/auth/password.ts). */
    passwordHash: text("password_hash"),
    role: userRole("role").notNull().default("customer"),
    /** Staff belong to one store; null for everyone else. */
    staffLocationId: uuid("staff_location_id").references(() => location.id),
    /** The store a shopper picked for availability and pickup. */
    preferredLocationId: uuid("preferred_location_id").references(() => location.id, { onDelete: "set null" }),
    /**
     * The account's privacy setting: may its web views and searches be recorded for analytics
     * (LSSI art. 22.2, GDPR)? Off until the customer says yes; orders are recorded either way.
     */
    analyticsConsent: boolean("analytics_consent").notNull().default(false),
    analyticsConsentAt: timestamp("analytics_consent_at", { withTimezone: true }),
    /**
     * The language the person chose (es, en): their emails, and the console's and studio's
     * language at sign-in. Null until they choose: then the page they are on decides.
     */
    locale: text("locale").$type<Locale>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("user_email_idx").on(sql`lower(${t.email})`),
    check("user_locale", sql`${t.locale} in ('es', 'en')`),
  ],
);

export type User = typeof user.$inferSelect;
export type NewUser = typeof user.$inferInsert;
export type UserRole = (typeof userRole.enumValues)[number];
