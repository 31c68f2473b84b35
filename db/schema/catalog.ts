import { sql } from "drizzle-orm";
import {
  boolean,
  char,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

export const productStatus = pgEnum("product_status", ["draft", "published"]);

export const category = pgTable("category", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  sortOrder: integer("sort_order").notNull().default(0),
});

export const product = pgTable(
  "product",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    brand: text("brand").notNull().default("Mostrador"),
    description: text("description").notNull().default(""),
    categoryId: uuid("category_id")
      .notNull()
      .references(() => category.id),
    status: productStatus("status").notNull().default("draft"),
    /** Per-channel visibility: a product can be sold online, in store, or both. */
    visibleWeb: boolean("visible_web").notNull().default(true),
    visibleStore: boolean("visible_store").notNull().default(true),
    featured: boolean("featured").notNull().default(false),
    /** Lower-cased name, brand, category and colours: what search matches against (trigram-indexed). */
    searchText: text("search_text").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("product_category_idx").on(t.categoryId),
    index("product_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    // The studio's list, by name or by last change: a page is one index range (keyset), not a sort of the catalog.
    index("product_name_id_idx").on(t.name, t.id),
    index("product_updated_id_idx").on(t.updatedAt, t.id),
  ],
);

export const variant = pgTable(
  "variant",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    productId: uuid("product_id")
      .notNull()
      .references(() => product.id, { onDelete: "cascade" }),
    sku: text("sku").notNull().unique(),
    /** EAN-13 printed on the label; what staff scan when picking. */
    barcode: text("barcode").notNull().unique(),
    size: text("size"),
    colour: text("colour"),
    colourHex: text("colour_hex"),
    /** Price in minor units (cents) of `currency`. */
    priceMinor: integer("price_minor").notNull(),
    /** The "was" price for items on sale, in minor units. */
    compareAtMinor: integer("compare_at_minor"),
    currency: char("currency", { length: 3 }).notNull().default("EUR"),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("variant_product_idx").on(t.productId), check("variant_price_nonnegative", sql`${t.priceMinor} >= 0`)],
);

export const productImage = pgTable(
  "product_image",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    productId: uuid("product_id")
      .notNull()
      .references(() => product.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    alt: text("alt").notNull(),
    /** Images of one colour show when that colour is picked; null = every colour. */
    colour: text("colour"),
    position: integer("position").notNull().default(0),
  },
  (t) => [uniqueIndex("product_image_position_idx").on(t.productId, t.position)],
);

export type Category = typeof category.$inferSelect;
export type Product = typeof product.$inferSelect;
export type NewProduct = typeof product.$inferInsert;
export type Variant = typeof variant.$inferSelect;
export type NewVariant = typeof variant.$inferInsert;
export type ProductImage = typeof productImage.$inferSelect;
