import { boolean, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const locationKind = pgEnum("location_kind", ["warehouse", "store"]);

/** Opening hours per weekday (0 = Monday), "HH:MM" local time; null = closed. */
export type OpeningHours = Array<{ day: number; opens: string; closes: string } | null>;

export const location = pgTable("location", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** Short code used in order numbers and SKUs on screen, e.g. MAD. */
  code: text("code").notNull().unique(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  kind: locationKind("kind").notNull(),
  clickAndCollect: boolean("click_and_collect").notNull().default(false),
  addressLine: text("address_line").notNull(),
  city: text("city").notNull(),
  postalCode: text("postal_code").notNull(),
  country: text("country").notNull().default("ES"),
  phone: text("phone"),
  timezone: text("timezone").notNull().default("Europe/Madrid"),
  openingHours: jsonb("opening_hours").$type<OpeningHours>().notNull(),
  sortOrder: integer("sort_order").notNull().default(0),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Location = typeof location.$inferSelect;
export type NewLocation = typeof location.$inferInsert;
