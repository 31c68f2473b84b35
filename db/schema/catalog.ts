import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  customType,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** Like product content: the unsuffixed columns are English, `_es` Spanish (empty: as in English). */
export const category = pgTable("category", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  /** The Spanish address (`/es/c/punto`); null: the English slug serves both. */
  slugEs: text("slug_es").unique(),
  name: text("name").notNull(),
  nameEs: text("name_es").notNull().default(""),
  description: text("description").notNull().default(""),
  descriptionEs: text("description_es").notNull().default(""),
  sortOrder: integer("sort_order").notNull().default(0),
});

/**
 * What a colour is called in Spanish. Variants keep the English name (it is in SKUs, image
 * choices and filter links); pages show this one to Spanish readers.
 */
export const colourName = pgTable("colour_name", {
  name: text("name").primaryKey(),
  nameEs: text("name_es").notNull(),
});

/**
 * Words that mean the same to shoppers ("jumper", "sweater", "knitwear"), per language, managed
 * by marketers: a query with one of them also finds products named with the others.
 */
export const searchSynonym = pgTable(
  "search_synonym",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    locale: text("locale").notNull(),
    /** Lower-cased, without accents (normaliseSearch). */
    terms: text("terms").array().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("search_synonym_terms_idx").using("gin", t.terms),
    check("search_synonym_locale", sql`${t.locale} in ('es', 'en')`),
    check("search_synonym_size", sql`cardinality(${t.terms}) between 2 and 20`),
  ],
);

export const product = pgTable(
  "product",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    /** The Spanish address (`/es/p/jersey-de-lana-merino`); null: the English slug serves both. */
    slugEs: text("slug_es").unique(),
    name: text("name").notNull(),
    /**
     * Content in the shop's two languages: the unsuffixed columns are English (what the storefront
     * shows until the language work lands), `_es` Spanish. Descriptions, care and fit are Markdown,
     * rendered without raw HTML, so stored text can never run script.
     */
    nameEs: text("name_es").notNull().default(""),
    brand: text("brand").notNull().default("Mostrador"),
    description: text("description").notNull().default(""),
    descriptionEs: text("description_es").notNull().default(""),
    care: text("care").notNull().default(""),
    careEs: text("care_es").notNull().default(""),
    fit: text("fit").notNull().default(""),
    fitEs: text("fit_es").notNull().default(""),
    categoryId: uuid("category_id")
      .notNull()
      .references(() => category.id),
    /**
     * Publication per channel: on sale from `*From` (null: not published there) until `*Until`
     * (null: open-ended). Every read compares them with the database's clock, so a window opens
     * and closes at its second on every instance with no job to run (catalog/publication.ts).
     */
    webFrom: timestamp("web_from", { withTimezone: true }),
    webUntil: timestamp("web_until", { withTimezone: true }),
    storeFrom: timestamp("store_from", { withTimezone: true }),
    storeUntil: timestamp("store_until", { withTimezone: true }),
    featured: boolean("featured").notNull().default(false),
    /**
     * Name, brand, category and colours in both languages, lower-cased and without accents: what
     * search matches against, by substring and trigram (typos) and, stemmed per language in
     * search_vector, by word (plurals).
     */
    searchText: text("search_text").notNull().default(""),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`to_tsvector('spanish'::regconfig, search_text) || to_tsvector('english'::regconfig, search_text)`,
    ),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("product_category_idx").on(t.categoryId),
    index("product_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    index("product_search_vector_idx").using("gin", t.searchVector),
    // The studio's list, by name or by last change: a page is one index range (keyset), not a sort of the catalog.
    index("product_name_id_idx").on(t.name, t.id),
    index("product_updated_id_idx").on(t.updatedAt, t.id),
    check(
      "product_web_window",
      sql`${t.webUntil} is null or (${t.webFrom} is not null and ${t.webUntil} > ${t.webFrom})`,
    ),
    check(
      "product_store_window",
      sql`${t.storeUntil} is null or (${t.storeFrom} is not null and ${t.storeUntil} > ${t.storeFrom})`,
    ),
  ],
);

/** A product's earlier slugs: shared links to them redirect to the product's current page. */
export const productSlugRedirect = pgTable(
  "product_slug_redirect",
  {
    slug: text("slug").primaryKey(),
    productId: uuid("product_id")
      .notNull()
      .references(() => product.id, { onDelete: "cascade" }),
    retiredAt: timestamp("retired_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("product_slug_redirect_product_idx").on(t.productId)],
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
    currency: char("currency", { length: 3 }).notNull().default("EUR"),
    position: integer("position").notNull().default(0),
    /** A variant that was ever ordered is archived, never deleted: orders and returns point at it. */
    archivedAt: timestamp("archived_at", { withTimezone: true }),
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
    /** An uploaded image's original (media.hash); null for the demo's files in public/. */
    mediaHash: text("media_hash").references(() => media.hash),
    alt: text("alt").notNull(),
    /** Spanish alt text; `alt` is English. */
    altEs: text("alt_es").notNull().default(""),
    /** Images of one colour show when that colour is picked; null = every colour. */
    colour: text("colour"),
    position: integer("position").notNull().default(0),
  },
  (t) => [uniqueIndex("product_image_position_idx").on(t.productId, t.position)],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * Uploaded images live in the database, the one thing every instance shares. `hash` is the
 * SHA-256 of the uploaded bytes, so an upload is stored once and its URLs never change meaning.
 */
export const media = pgTable("media", {
  hash: text("hash").primaryKey(),
  mime: text("mime").notNull(),
  width: integer("width").notNull(),
  height: integer("height").notNull(),
  bytes: integer("bytes").notNull(),
  uploadedBy: uuid("uploaded_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Each upload resized once into responsive sizes and formats: what /media/… serves. */
export const mediaRendition = pgTable(
  "media_rendition",
  {
    hash: text("hash")
      .notNull()
      .references(() => media.hash, { onDelete: "cascade" }),
    /** e.g. "w640.avif", the last part of the URL. */
    name: text("name").notNull(),
    mime: text("mime").notNull(),
    width: integer("width").notNull(),
    data: bytea("data").notNull(),
  },
  (t) => [uniqueIndex("media_rendition_name_idx").on(t.hash, t.name)],
);

export const changeEntity = pgEnum("change_entity", [
  "product",
  "variant",
  "publication",
  "price_list",
  "image",
  "category",
]);

/**
 * Who changed what: one row per field, rows of one save sharing `changeId`. Before and after are
 * JSON values, so a field (or a whole change) can be put back exactly.
 */
export const changeLog = pgTable(
  "change_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    changeId: uuid("change_id").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("actor_id"),
    /** Kept as written: the history still names someone whose account has gone. */
    actorName: text("actor_name").notNull(),
    productId: uuid("product_id"),
    entity: changeEntity("entity").notNull(),
    entityId: uuid("entity_id").notNull(),
    /** What a person reads beside the field, e.g. "M / Navy" for a variant. */
    entityLabel: text("entity_label").notNull().default(""),
    field: text("field").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    /** Set when this change was a revert: the change_log row it put back. */
    revertOf: bigint("revert_of", { mode: "number" }),
  },
  (t) => [
    index("change_log_product_idx").on(t.productId, t.id),
    index("change_log_change_idx").on(t.changeId),
    index("change_log_entity_idx").on(t.entityId, t.id),
  ],
);

export type Category = typeof category.$inferSelect;
export type Product = typeof product.$inferSelect;
export type NewProduct = typeof product.$inferInsert;
export type Variant = typeof variant.$inferSelect;
export type NewVariant = typeof variant.$inferInsert;
export type ProductImage = typeof productImage.$inferSelect;
export type ChangeLogRow = typeof changeLog.$inferSelect;
