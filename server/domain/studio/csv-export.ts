import "server-only";
import { and, asc, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { category, product, variant } from "@/db/schema";
import { madridWallClock, madridZoneName } from "@/lib/shop-time";
import { CSV_COLUMNS, type CsvColumn, type CsvDialect } from "./inputs-csv";

/**
 * The catalog as CSV: one row per variant, the product's columns repeated on each, so a sheet can
 * be sorted and filtered freely and read back by the import. Streamed a page of products at a
 * time, so a 10,000-product export never sits whole in memory.
 */

export const DIALECTS: Record<CsvDialect, { separator: string; decimal: string; bom: boolean }> = {
  excel: { separator: ";", decimal: ",", bom: true },
  standard: { separator: ",", decimal: ".", bom: false },
};

/** 5990 → "59,90" or "59.90". */
export function csvPrice(minor: number, decimal: string): string {
  return (minor / 100).toFixed(2).replace(".", decimal);
}

/** A field quoted when it holds the separator, a quote or a line break (RFC 4180). */
function field(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator) || /^\s|\s$/.test(value)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/** A Madrid wall-clock time to the minute with its zone: "2026-12-03 10:00 CET". */
function madrid(at: Date): string {
  return `${madridWallClock(at).slice(0, 16).replace("T", " ")} ${madridZoneName(at)}`;
}

/** "yes", "yes until …", "from …" or "no": for reading; the import leaves publication alone. */
export function publicationText(from: Date | null, until: Date | null, now: Date): string {
  if (!from || (until && until <= now)) return "no";
  if (from > now) return `from ${madrid(from)}${until ? ` until ${madrid(until)}` : ""}`;
  return until ? `yes until ${madrid(until)}` : "yes";
}

const PAGE = 500;

export async function* catalogCsv(db: Db, dialect: CsvDialect): AsyncGenerator<string> {
  const { separator, decimal, bom } = DIALECTS[dialect];
  const line = (values: Record<CsvColumn, string>) =>
    CSV_COLUMNS.map((c) => {
      const v = values[c];
      // Excel shows a 13-digit number as 4,00638E+12 and saves it that way: a formula keeps the digits.
      if (c === "barcode" && dialect === "excel" && /^\d+$/.test(v)) return `="${v}"`;
      return field(v, separator);
    }).join(separator) + "\r\n";
  yield (bom ? "\uFEFF" : "") + CSV_COLUMNS.join(separator) + "\r\n";
  const now = new Date();
  let after = "";
  for (;;) {
    const products = await db
      .select({
        id: product.id,
        slug: product.slug,
        name: product.name,
        nameEs: product.nameEs,
        brand: product.brand,
        category: category.slug,
        webFrom: product.webFrom,
        webUntil: product.webUntil,
        storeFrom: product.storeFrom,
        storeUntil: product.storeUntil,
      })
      .from(product)
      .innerJoin(category, eq(category.id, product.categoryId))
      .where(after ? gt(product.slug, after) : undefined)
      .orderBy(asc(product.slug))
      .limit(PAGE);
    if (!products.length) return;
    after = products.at(-1)!.slug;
    const variants = await db
      .select()
      .from(variant)
      .where(
        and(
          inArray(
            variant.productId,
            products.map((p) => p.id),
          ),
          isNull(variant.archivedAt),
        ),
      )
      .orderBy(asc(variant.position), asc(variant.sku));
    const variantsOf = new Map<string, (typeof variants)[number][]>();
    for (const v of variants) variantsOf.set(v.productId, [...(variantsOf.get(v.productId) ?? []), v]);
    let chunk = "";
    for (const p of products) {
      const base = {
        slug: p.slug,
        name: p.name,
        name_es: p.nameEs,
        brand: p.brand,
        category: p.category,
        web: publicationText(p.webFrom, p.webUntil, now),
        store: publicationText(p.storeFrom, p.storeUntil, now),
      };
      const own = variantsOf.get(p.id) ?? [];
      if (!own.length)
        chunk += line({ ...base, sku: "", barcode: "", colour: "", colour_hex: "", size: "", price: "" });
      for (const v of own)
        chunk += line({
          ...base,
          sku: v.sku,
          barcode: v.barcode,
          colour: v.colour ?? "",
          colour_hex: v.colourHex ?? "",
          size: v.size ?? "",
          price: csvPrice(v.priceMinor, decimal),
        });
    }
    yield chunk;
    if (products.length < PAGE) return;
  }
}

/** The export as a byte stream for an HTTP answer: each page of products sent as it is read. */
export function catalogCsvStream(db: Db, dialect: CsvDialect): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pages = catalogCsv(db, dialect);
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await pages.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}
