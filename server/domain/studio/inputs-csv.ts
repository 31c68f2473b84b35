import { z } from "zod";
import { MAX_PRICE_MINOR } from "@/lib/price-change";
import { studioProductListInput } from "./inputs";

/**
 * Bulk edit and CSV import and export: inputs safe to import in the browser. Public API:
 * `studio.products.count`, `studio.products.bulkUpdate`, `studio.import.preview` and
 * `studio.import.commit` (also answered as `studio.import.apply`).
 */

/** The most products one bulk change touches, and the most rows one import reads. */
export const BULK_MAX_PRODUCTS = 10_000;
export const IMPORT_MAX_ROWS = 10_000;
/** A 10,000-row export is about 1.5 MB; this leaves room for long names. */
export const IMPORT_MAX_CHARS = 10_000_000;

/** The list's filters, without sort or page: what "all that match" means. */
export const studioProductFilterInput = studioProductListInput.pick({
  query: true,
  status: true,
  categoryId: true,
  channel: true,
  stock: true,
});
export type StudioProductFilter = z.output<typeof studioProductFilterInput>;

export const bulkSelectionInput = z.union([
  z.object({
    ids: z
      .array(z.uuid("That product was not found."))
      .min(1, "Choose at least one product.")
      .max(BULK_MAX_PRODUCTS, `Change at most ${BULK_MAX_PRODUCTS.toLocaleString("en")} products at once.`),
  }),
  z.object({ filter: studioProductFilterInput }),
]);
export type BulkSelection = z.output<typeof bulkSelectionInput>;

export const bulkChangeInput = z.union([
  z.object({ kind: z.literal("category"), categoryId: z.uuid("Choose a category.") }),
  /** publish: on sale on the channel from now, with no end; otherwise taken off it. */
  z.object({ kind: z.literal("channel"), channel: z.enum(["web", "store"]), publish: z.boolean() }),
  /** draft: off every channel; published: on sale on both from now. */
  z.object({ kind: z.literal("status"), status: z.enum(["draft", "published"]) }),
  z.object({
    kind: z.literal("price"),
    by: z.literal("percent"),
    percent: z
      .number()
      .min(-99, "A price can fall by at most 99 %.")
      .max(1000, "A price can rise by at most 1000 %.")
      .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, {
        message: "A percentage has at most two decimals.",
      }),
  }),
  z.object({
    kind: z.literal("price"),
    by: z.literal("amount"),
    amountMinor: z
      .number()
      .int("Amounts are in cents, whole numbers.")
      .min(-MAX_PRICE_MINOR)
      .max(MAX_PRICE_MINOR)
      .refine((n) => n !== 0, { message: "Give an amount other than zero." }),
  }),
]);
export type BulkChange = z.output<typeof bulkChangeInput>;

export const bulkUpdateInput = z.object({ selection: bulkSelectionInput, change: bulkChangeInput });
export type BulkUpdateInput = z.output<typeof bulkUpdateInput>;

/** The export's columns, in order; the import reads them by name, in any order. */
export const CSV_COLUMNS = [
  "slug",
  "name",
  "name_es",
  "brand",
  "category",
  "web",
  "store",
  "sku",
  "barcode",
  "colour",
  "colour_hex",
  "size",
  "price",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** excel: `;`, decimal comma and a byte-order mark (a Spanish Excel opens it as is); standard: `,` and a point. */
export const CSV_DIALECTS = ["excel", "standard"] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

const csvText = z
  .string()
  .min(1, "The file is empty.")
  .max(IMPORT_MAX_CHARS, `A file of at most ${IMPORT_MAX_CHARS / 1_000_000} MB, please: split it in two.`);

export const importPreviewInput = z.object({ csv: csvText });

/** `expected`: the preview's fingerprint; the import is refused if the catalog changed since. */
export const importCommitInput = z.object({ csv: csvText, expected: z.string().length(64).optional() });
