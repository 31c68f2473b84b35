import "server-only";
import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { category, product, variant } from "@/db/schema";
import { formatMoney } from "@/lib/money";
import { publish } from "@/server/domain/events/bus";
import type { Locale } from "@/i18n/locales";
import { DomainError, say, type Said } from "@/server/errors";
import { announceCatalog, asJson, idsIn, refreshSearchTexts, textsIn } from "./catalog-writes";
import {
  checkBarcode,
  checkPrice,
  checkSwatch,
  checkText,
  normaliseSku,
  problemIn,
  readCsv,
  type ImportProblem,
  type ReadFile,
} from "./csv-read";
import { recordChanges, type Actor, type FieldChange } from "./history";
import type { CsvColumn } from "./inputs-csv";
import { variantLabel } from "./variants";

/**
 * CSV import: a dry run that lists every change and every problem by row and column, and the
 * same plan applied all or nothing, refused when the catalog moved since the preview. Rows are
 * matched by SKU (the variant) and slug (its product); new products and variants are made in
 * the editor. Every read and write is one statement for the whole file.
 */

export type ImportChange = {
  row: number;
  entity: "product" | "variant";
  /** The product's slug, or the variant's SKU. */
  key: string;
  column: CsvColumn;
  before: string;
  after: string;
};

async function loadCatalog(db: Db | Tx, file: ReadFile, lock: boolean) {
  const slugs = [...new Set(file.rows.map((r) => r.values.slug ?? "").filter(Boolean))];
  const skus = [...new Set(file.rows.map((r) => normaliseSku(r.values.sku ?? "")).filter(Boolean))];
  const productQuery = db
    .select({
      id: product.id,
      slug: product.slug,
      name: product.name,
      nameEs: product.nameEs,
      brand: product.brand,
      categoryId: product.categoryId,
    })
    .from(product)
    .where(sql`${product.slug} in ${textsIn(slugs)}`)
    .orderBy(product.id);
  const variantQuery = db
    .select({
      id: variant.id,
      productId: variant.productId,
      productSlug: product.slug,
      sku: variant.sku,
      barcode: variant.barcode,
      colour: variant.colour,
      colourHex: variant.colourHex,
      size: variant.size,
      priceMinor: variant.priceMinor,
      currency: variant.currency,
      archived: sql<boolean>`${variant.archivedAt} is not null`,
    })
    .from(variant)
    .innerJoin(product, eq(product.id, variant.productId))
    .where(sql`${variant.sku} in ${textsIn(skus)}`)
    .orderBy(variant.id);
  // In turn: inside the commit's transaction they share one connection (products locked first).
  const products = await (lock ? productQuery.for("update", { of: product }) : productQuery);
  const variants = await (lock ? variantQuery.for("update", { of: variant }) : variantQuery);
  const categories = await db.select({ id: category.id, slug: category.slug }).from(category).orderBy(category.id);
  return { products, variants, categories };
}

type Catalog = Awaited<ReturnType<typeof loadCatalog>>;
type ProductRow = Catalog["products"][number];
type VariantRow = Catalog["variants"][number];

const PRODUCT_COLUMNS = { name: "name", name_es: "nameEs", brand: "brand", category: "categoryId" } as const;
const VARIANT_COLUMNS = {
  barcode: "barcode",
  colour: "colour",
  colour_hex: "colourHex",
  size: "size",
  price: "priceMinor",
} as const;

function plan(file: ReadFile, catalog: Catalog) {
  const problems: ImportProblem[] = [...file.problems];
  const problem = (row: number, column: CsvColumn | null, said: Said) => problems.push({ row, column, said });
  const productBySlug = new Map(catalog.products.map((p) => [p.slug, p]));
  const variantBySku = new Map(catalog.variants.map((v) => [v.sku, v]));
  const categoryBySlug = new Map(catalog.categories.map((c) => [c.slug.toLowerCase(), c]));
  const categorySlug = new Map(catalog.categories.map((c) => [c.id, c.slug]));
  const has = new Set(file.columns);
  const decimalMarks = new Set<string>();

  const productAfter = new Map<string, { row: number; values: ProductRow }>();
  const variantAfter = new Map<string, { row: number; values: VariantRow }>();
  const skuRow = new Map<string, number>();
  for (const { row, values } of file.rows) {
    const slug = values.slug ?? "";
    const p = slug ? productBySlug.get(slug) : undefined;
    if (!slug) problem(row, "slug", { key: "errors.studioImport.slugRequired" });
    else if (!p) problem(row, "slug", { key: "errors.studioImport.unknownSlug", values: { slug } });

    const wanted: Partial<ProductRow> = {};
    const text = (column: "name" | "name_es" | "brand", max: number, required: boolean) => {
      if (!has.has(column)) return;
      const c = checkText(values[column] ?? "", PRODUCT_COLUMNS[column], max, required);
      if ("problem" in c) problem(row, column, c.problem);
      else wanted[PRODUCT_COLUMNS[column]] = c.value;
    };
    text("name", 120, true);
    text("name_es", 120, false);
    text("brand", 60, true);
    if (has.has("category")) {
      const c = categoryBySlug.get((values.category ?? "").toLowerCase());
      if (!c)
        problem(row, "category", {
          key: "errors.studioImport.unknownCategory",
          values: { category: values.category ?? "" },
        });
      else wanted.categoryId = c.id;
    }
    if (p) {
      const seen = productAfter.get(p.id);
      if (!seen) productAfter.set(p.id, { row, values: { ...p, ...wanted } });
      else
        for (const [column, key] of Object.entries(PRODUCT_COLUMNS) as [
          keyof typeof PRODUCT_COLUMNS,
          keyof ProductRow,
        ][])
          if (key in wanted && wanted[key] !== seen.values[key])
            problem(row, column, { key: "errors.studioImport.rowsDisagree", values: { row: String(seen.row) } });
    }

    const sku = normaliseSku(values.sku ?? "");
    if (!sku) continue; // a product-only row (a product without variants)
    const earlier = skuRow.get(sku);
    if (earlier !== undefined) {
      problem(row, "sku", { key: "errors.studioImport.skuTwice", values: { sku, row: String(earlier) } });
      continue;
    }
    skuRow.set(sku, row);
    const v = variantBySku.get(sku);
    if (!v) {
      problem(row, "sku", { key: "errors.studioImport.unknownSku", values: { sku } });
      continue;
    }
    if (p && v.productId !== p.id) {
      problem(row, "sku", { key: "errors.studioImport.skuOtherProduct", values: { sku, slug: v.productSlug } });
      continue;
    }
    if (v.archived) problem(row, "sku", { key: "errors.studioImport.archived", values: { sku } });
    const next: VariantRow = { ...v };
    if (has.has("price")) {
      const c = checkPrice(values.price ?? "");
      if ("problem" in c) problem(row, "price", c.problem);
      else {
        next.priceMinor = c.value;
        if (c.mark) decimalMarks.add(c.mark);
      }
    }
    if (has.has("barcode")) {
      const c = checkBarcode(values.barcode ?? "");
      if ("problem" in c) problem(row, "barcode", c.problem);
      else next.barcode = c.value;
    }
    for (const [column, max] of [
      ["colour", 40],
      ["size", 20],
    ] as const) {
      if (!has.has(column)) continue;
      const c = checkText(values[column] ?? "", column, max, false);
      if ("problem" in c) problem(row, column, c.problem);
      else next[column] = c.value || null;
    }
    if (has.has("colour_hex")) {
      const c = checkSwatch(values.colour_hex ?? "");
      if ("problem" in c) problem(row, "colour_hex", c.problem);
      else if (c.value && !next.colour) problem(row, "colour_hex", { key: "errors.studioImport.swatchNeedsColour" });
      else next.colourHex = next.colour ? c.value : null;
    }
    variantAfter.set(v.id, { row, values: next });
  }

  const barcodeRow = new Map<string, number>();
  for (const { row, values } of variantAfter.values()) {
    const earlier = barcodeRow.get(values.barcode);
    if (earlier !== undefined)
      problem(row, "barcode", {
        key: "errors.studioImport.barcodeTwice",
        values: { barcode: values.barcode, row: String(earlier) },
      });
    barcodeRow.set(values.barcode, row);
  }

  const changes: ImportChange[] = [];
  const fieldChanges: FieldChange[] = [];
  const shown = (column: CsvColumn, value: unknown, currency = "EUR") =>
    value === null || value === undefined
      ? ""
      : column === "category"
        ? (categorySlug.get(String(value)) ?? String(value))
        : column === "price"
          ? formatMoney(Number(value), currency)
          : String(value);
  const productWrites: ProductRow[] = [];
  for (const p of catalog.products) {
    const after = productAfter.get(p.id);
    if (!after) continue;
    let changed = false;
    for (const [column, key] of Object.entries(PRODUCT_COLUMNS) as [CsvColumn, keyof ProductRow][]) {
      if (p[key] === after.values[key]) continue;
      changed = true;
      changes.push({
        row: after.row,
        entity: "product",
        key: p.slug,
        column,
        before: shown(column, p[key]),
        after: shown(column, after.values[key]),
      });
      fieldChanges.push({
        entity: "product",
        entityId: p.id,
        productId: p.id,
        entityLabel: after.values.name,
        field: key,
        before: p[key],
        after: after.values[key],
      });
    }
    if (changed) productWrites.push(after.values);
  }
  const variantWrites: VariantRow[] = [];
  for (const v of catalog.variants) {
    const after = variantAfter.get(v.id);
    if (!after) continue;
    let changed = false;
    for (const [column, key] of Object.entries(VARIANT_COLUMNS) as [CsvColumn, keyof VariantRow][]) {
      if (v[key] === after.values[key]) continue;
      changed = true;
      changes.push({
        row: after.row,
        entity: "variant",
        key: v.sku,
        column,
        before: shown(column, v[key], v.currency),
        after: shown(column, after.values[key], v.currency),
      });
      fieldChanges.push({
        entity: "variant",
        entityId: v.id,
        productId: v.productId,
        entityLabel: variantLabel(after.values),
        field: key,
        before: v[key],
        after: after.values[key],
      });
    }
    if (changed) variantWrites.push(after.values);
  }
  changes.sort((a, b) => a.row - b.row);
  const decimal = decimalMarks.size === 1 ? [...decimalMarks][0]! : decimalMarks.size ? "mixed" : null;
  const variantRow = new Map([...variantAfter].map(([id, a]) => [id, a.row]));
  return { problems, changes, fieldChanges, productWrites, variantWrites, variantRow, decimal };
}

type Plan = ReturnType<typeof plan>;

/**
 * Barcodes the file gives that another variant keeps (one not in the file, or not giving it up).
 * Only codes that move are looked up: a file that keeps every barcode costs no query.
 */
async function barcodeClashes(db: Db | Tx, result: Plan, catalog: Catalog) {
  const current = new Map(catalog.variants.map((v) => [v.id, v.barcode]));
  const takers = new Map(
    result.variantWrites.filter((v) => current.get(v.id) !== v.barcode).map((v) => [v.barcode, v]),
  );
  if (!takers.size) return;
  const holders = await db
    .select({ id: variant.id, sku: variant.sku, barcode: variant.barcode })
    .from(variant)
    .where(sql`${variant.barcode} in ${textsIn([...takers.keys()])}`);
  const finalOf = new Map(result.variantWrites.map((v) => [v.id, v.barcode]));
  for (const h of holders) {
    if ((finalOf.get(h.id) ?? h.barcode) !== h.barcode) continue; // it gives the code up in this file
    const taker = takers.get(h.barcode);
    if (taker && taker.id !== h.id)
      result.problems.push({
        row: result.variantRow.get(taker.id) ?? 0,
        column: "barcode",
        said: { key: "errors.studioImport.barcodeTaken", values: { barcode: h.barcode, sku: h.sku } },
      });
  }
}

function fingerprint(catalog: Catalog): string {
  return createHash("sha256").update(JSON.stringify(catalog)).digest("hex");
}

async function prepare(db: Db | Tx, csv: string, lock: boolean) {
  const file = readCsv(csv);
  const catalog = await loadCatalog(db, file, lock);
  const result = plan(file, catalog);
  await barcodeClashes(db, result, catalog);
  result.problems.sort((a, b) => a.row - b.row);
  return { file, result, fingerprint: fingerprint(catalog) };
}

// Listed in the answer; the counts always cover everything.
const LISTED_MAX = 20_000;

/** The dry run: what the file would change and what stops it, touching nothing; its words in the reader's language. */
export async function previewImport(db: Db, csv: string, locale: Locale = "en") {
  const { file, result, fingerprint: print } = await prepare(db, csv, false);
  return {
    separator: file.separator,
    decimal: result.decimal,
    rows: file.rows.length,
    changeCount: result.changes.length,
    changes: result.changes.slice(0, LISTED_MAX),
    errorCount: result.problems.length,
    errors: result.problems.slice(0, LISTED_MAX).map((p) => problemIn(p, locale)),
    products: result.productWrites.length,
    variants: result.variantWrites.length,
    notes: file.notes.map((n) => say(n, locale)),
    fingerprint: print,
  };
}

// Beyond this many, open pages hear the catalog event (and refetch) rather than one event per price.
const PRICE_EVENTS_MAX = 1_000;

/**
 * Applies the file all or nothing in one transaction, with one history row per changed field.
 * With `expected` (the preview's fingerprint), refuses if what the file touches changed since.
 */
export async function commitImport(db: Db, actor: Actor, input: { csv: string; expected?: string }) {
  const done = await db.transaction(async (tx) => {
    const { result, fingerprint: print } = await prepare(tx, input.csv, true);
    if (input.expected && input.expected !== print)
      throw new DomainError("EDIT_CONFLICT", { key: "errors.studioImport.changedSincePreview" });
    if (result.problems.length) {
      const { problems } = result;
      const first = (locale: Locale) =>
        problems
          .slice(0, 3)
          .map((p) =>
            say(
              {
                key: "errors.studioImport.problemAt",
                values: { row: String(p.row), column: p.column ?? "none", message: say(p.said, locale) },
              },
              locale,
            ),
          )
          .join(" ");
      throw new DomainError("INVALID_INPUT", {
        key: "errors.studioImport.nothingImported",
        values: (locale) => ({ count: problems.length, first: first(locale) }),
      });
    }
    const { productWrites, variantWrites, fieldChanges } = result;
    if (productWrites.length)
      await tx.execute(sql`update ${product} set name = v.name, name_es = v.name_es, brand = v.brand,
        category_id = v.category_id, updated_at = now()
        from jsonb_to_recordset(${asJson(productWrites.map((p) => ({ id: p.id, name: p.name, name_es: p.nameEs, brand: p.brand, category_id: p.categoryId })))})
          as v(id uuid, name text, name_es text, brand text, category_id uuid)
        where ${product.id} = v.id`);
    if (variantWrites.length) {
      const rows = variantWrites.map((v) => ({
        id: v.id,
        barcode: v.barcode,
        colour: v.colour,
        colour_hex: v.colourHex,
        size: v.size,
        price_minor: v.priceMinor,
      }));
      // Barcodes are unique: variants taking new ones move aside first, so a swap never collides.
      await tx.execute(sql`update ${variant} set barcode = '~' || ${variant.id}::text
        from jsonb_to_recordset(${asJson(rows)}) as v(id uuid, barcode text)
        where ${variant.id} = v.id and ${variant.barcode} <> v.barcode`);
      await tx.execute(sql`update ${variant} set barcode = v.barcode, colour = v.colour, colour_hex = v.colour_hex,
        size = v.size, price_minor = v.price_minor
        from jsonb_to_recordset(${asJson(rows)})
          as v(id uuid, barcode text, colour text, colour_hex text, size text, price_minor integer)
        where ${variant.id} = v.id`);
      await tx
        .update(product)
        .set({ updatedAt: sql`now()` })
        .where(sql`${product.id} in ${idsIn([...new Set(variantWrites.map((v) => v.productId))])}`);
    }
    const touched = [...new Set(fieldChanges.map((c) => c.productId!))];
    await refreshSearchTexts(tx, touched);
    await recordChanges(tx, actor, fieldChanges);
    const prices = variantWrites.filter((v) =>
      fieldChanges.some((c) => c.entityId === v.id && c.field === "priceMinor"),
    );
    return {
      touched,
      changes: fieldChanges.length,
      products: productWrites.length,
      variants: variantWrites.length,
      prices,
    };
  });
  if (done.prices.length <= PRICE_EVENTS_MAX)
    await publish(
      ...done.prices.map((v) => ({
        type: "price.changed" as const,
        variantId: v.id,
        amountMinor: v.priceMinor,
        currency: v.currency,
      })),
    );
  await announceCatalog(db, done.touched);
  return { changes: done.changes, products: done.products, variants: done.variants };
}
